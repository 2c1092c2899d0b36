/** A labelled input; `error` shows under it. Extra props go to the input. */
export default function TextField({ label, value, onChange, error, hint, testId, type = 'text', ...rest }) {
  return (
    <label className={`field${error ? ' has-error' : ''}`}>
      <span className="field-label">{label}</span>
      <input
        type={type}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value)}
        data-testid={testId}
        aria-invalid={Boolean(error)}
        {...rest}
      />
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      )}
    </label>
  );
}
