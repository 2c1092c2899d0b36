/** Label (marked when required), hint and the messages of one form field. */
export default function FieldShell({ label, hint, errors, testId, required, children }) {
  const has = errors && errors.length > 0;
  return (
    <div className={`field${has ? ' has-error' : ''}`} data-testid={testId ? `field-${testId}` : undefined}>
      <span className="field-label">
        {label}
        {required && (
          <abbr className="field-required" title="required">
            *
          </abbr>
        )}
      </span>
      {children}
      {hint && !has && <span className="field-hint">{hint}</span>}
      {has &&
        errors.map((message, i) => (
          <span key={i} className="field-error" data-testid={testId ? `field-error-${testId}` : undefined}>
            {message}
          </span>
        ))}
    </div>
  );
}
