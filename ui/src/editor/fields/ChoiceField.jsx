import FieldShell from './FieldShell.jsx';
import Control from './Control.jsx';

/** A select in a node form; `options` are strings or [value, label] pairs. */
export default function ChoiceField({ label, hint, value, onChange, options, errors, testId, required }) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} testId={testId} required={required}>
      <Control
        as="select"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || undefined)}
        data-testid={testId}
      >
        {options.map((option) => {
          const [v, text] = Array.isArray(option) ? option : [option, option];
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </Control>
    </FieldShell>
  );
}
