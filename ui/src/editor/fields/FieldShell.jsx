import { useId } from 'react';
import { FieldContext, controlProps, fieldIds } from './fieldA11y.js';

/**
 * Label (marked when required), hint and the messages of one form field. The control inside reads its id and
 * its `aria-invalid` / `aria-describedby` from the context (useFieldControl), so the label is tied to it and
 * a screen reader reads the error with it. A `group` (a table of inputs with labels of their own) is a
 * role="group" named by the label instead.
 */
export default function FieldShell({ label, hint, errors, testId, required, group, children }) {
  const has = errors && errors.length > 0;
  const ids = fieldIds(`f${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`, has ? errors.length : 0, Boolean(hint));
  const Label = group ? 'span' : 'label';
  const { id, ...described } = controlProps(ids);
  const grouping = group ? { role: 'group', 'aria-labelledby': ids.label, ...described } : {};
  return (
    <div
      className={`field${has ? ' has-error' : ''}`}
      data-testid={testId ? `field-${testId}` : undefined}
      {...grouping}
    >
      <Label className="field-label" id={ids.label} htmlFor={group ? undefined : id}>
        {label}
        {required && (
          <abbr className="field-required" title="required">
            *
          </abbr>
        )}
      </Label>
      <FieldContext.Provider value={ids}>{children}</FieldContext.Provider>
      {ids.hint && (
        <span className="field-hint" id={ids.hint}>
          {hint}
        </span>
      )}
      {has &&
        errors.map((message, i) => (
          <span
            key={i}
            id={ids.errors[i]}
            className="field-error"
            data-testid={testId ? `field-error-${testId}` : undefined}
          >
            {message}
          </span>
        ))}
    </div>
  );
}
