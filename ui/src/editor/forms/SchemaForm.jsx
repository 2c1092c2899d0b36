import { CONTROLS } from './controls.jsx';
import { formFields } from './schemaFields.js';

/**
 * A node's form built from its descriptor: each field of its config schema in `ui.order`, edited by the
 * widget the descriptor names or a control chosen from the field's schema; messages shown per field.
 */
export default function SchemaForm({ descriptor, config, set, errors, suggestions, secrets }) {
  const fields = formFields(descriptor);
  return (
    <>
      {fields
        .filter((field) => !field.ownedBy)
        .map((field) => {
          const Control = CONTROLS[field.control] || CONTROLS.json;
          return (
            <Control
              key={field.name}
              field={field}
              value={config[field.name]}
              onChange={set(field.name)}
              config={config}
              set={set}
              errors={errors}
              suggestions={suggestions}
              secrets={secrets}
              fields={fields}
            />
          );
        })}
    </>
  );
}
