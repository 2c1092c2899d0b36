import { usePageField } from './TextField.jsx';

/** A labelled select over [value, label] pairs or plain strings; `error` is tied to it. */
export default function SelectField({ label, value, onChange, options, error, testId, ...rest }) {
  const { ids, control } = usePageField(error);
  return (
    <label className={`field${error ? ' has-error' : ''}`}>
      <span className="field-label">{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        {...control}
        {...rest}
      >
        {options.map((option) => {
          const [v, text] = Array.isArray(option) ? option : [option, option];
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
      {error && (
        <span className="field-error" id={ids.errors[0]}>
          {error}
        </span>
      )}
    </label>
  );
}
