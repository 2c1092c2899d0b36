import { createContext, useContext } from 'react';

/** The ids FieldShell gives its control: the input's id, the label's id, the hint's and each error's. */
export function fieldIds(base, errorCount, hasHint) {
  return {
    input: `${base}-input`,
    label: `${base}-label`,
    hint: hasHint && errorCount === 0 ? `${base}-hint` : undefined,
    errors: Array.from({ length: errorCount }, (_, i) => `${base}-error-${i}`),
  };
}

/** The attributes tying a control to its label, hint and errors (`aria-invalid` only when it has errors). */
export function controlProps(ids) {
  const described = [...ids.errors, ids.hint].filter(Boolean).join(' ');
  return {
    id: ids.input,
    'aria-invalid': ids.errors.length > 0 ? 'true' : undefined,
    'aria-describedby': described || undefined,
  };
}

export const FieldContext = createContext(null);

/** Inside a FieldShell: the props its control spreads on its input, select or text area. */
export function useFieldControl() {
  const ids = useContext(FieldContext);
  return ids ? controlProps(ids) : {};
}

/** The same for an editor that is no form element (CodeMirror): named by the label's id, not a `for`. */
export function useFieldLabelledBy() {
  const ids = useContext(FieldContext);
  if (!ids) return {};
  const { id, ...rest } = controlProps(ids);
  return { ...rest, 'aria-labelledby': ids.label, id };
}
