/** A labelled select over [value, label] pairs or plain strings. */
export default function SelectField({ label, value, onChange, options, error, testId, ...rest }) {
  return (
    <label className={`field${error ? ' has-error' : ''}`}>
      <span className="field-label">{label}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value)} data-testid={testId} {...rest}>
        {options.map((option) => {
          const [v, text] = Array.isArray(option) ? option : [option, option];
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
      {error && <span className="field-error">{error}</span>}
    </label>
  );
}
