import { useId } from 'react';
import { controlProps } from '../editor/fields/fieldA11y.js';

/** The ids of a labelled page field's control, hint and error. */
export function usePageField(error, hint) {
  const base = `p${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const ids = {
    input: `${base}-input`,
    hint: hint && !error ? `${base}-hint` : undefined,
    errors: error ? [`${base}-error`] : [],
  };
  return { ids, control: controlProps(ids) };
}

/** A labelled input; `error` shows under it, tied to it (`aria-invalid`, `aria-describedby`). Extra props go to the input. */
export default function TextField({ label, value, onChange, error, hint, testId, type = 'text', ...rest }) {
  const { ids, control } = usePageField(error, hint);
  return (
    <label className={`field${error ? ' has-error' : ''}`}>
      <span className="field-label">{label}</span>
      <input
        type={type}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        {...control}
        {...rest}
      />
      {ids.hint && (
        <span className="field-hint" id={ids.hint}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field-error" id={ids.errors[0]} data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </label>
  );
}
