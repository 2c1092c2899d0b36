import FieldShell from './FieldShell.jsx';
import Control from './Control.jsx';

/** A checkbox in a node form. */
export default function CheckField({ label, hint, value, onChange, errors, testId, required }) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId} required={required}>
      <Control
        type="checkbox"
        checked={Boolean(value)}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
    </FieldShell>
  );
}
