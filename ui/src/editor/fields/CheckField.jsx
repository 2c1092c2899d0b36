import FieldShell from './FieldShell.jsx';

/** A checkbox in a node form. */
export default function CheckField({ label, hint, value, onChange, errors, testId, required }) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId} required={required}>
      <input
        type="checkbox"
        checked={Boolean(value)}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
        aria-label={label}
      />
    </FieldShell>
  );
}
