import ChoiceField from '../fields/ChoiceField.jsx';
import JsonField from '../fields/JsonField.jsx';
import { OPERATIONS, filterKey } from './mongoOperations.js';

/**
 * The `mongoOperation` widget: the operation, then only the fields that operation uses (filter, data,
 * update, pipeline, options), each as JSON with templates. A filter written as `query` is edited there.
 */
export default function MongoOperation({ field, value, onChange, config, set, errors, suggestions, fields }) {
  const operations = field.options || Object.keys(OPERATIONS);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const used = (OPERATIONS[value] || []).filter((name) => byName.has(name));
  return (
    <>
      <ChoiceField
        label={field.label}
        hint={field.hint}
        value={value}
        onChange={onChange}
        options={value ? operations : [['', '— choose an operation —'], ...operations]}
        errors={errors(field.name)}
        testId={field.testId}
        required={field.required}
      />
      {used.map((name) => {
        const key = name === 'filter' ? filterKey(config) : name;
        const info = byName.get(name);
        return (
          <JsonField
            key={name}
            label={info.label}
            hint={info.hint}
            value={config[key]}
            onChange={set(key)}
            errors={errors(key)}
            suggestions={suggestions}
            testId={info.testId}
            required={info.required}
          />
        );
      })}
    </>
  );
}
