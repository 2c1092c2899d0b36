import { useFieldControl } from './fieldA11y.js';

/** An input, select or text area inside a FieldShell, tied to its label and messages. */
export default function Control({ as: Tag = 'input', ...props }) {
  return <Tag {...props} {...useFieldControl()} />;
}
