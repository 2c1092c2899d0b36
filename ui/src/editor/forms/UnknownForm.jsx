import JsonField from '../fields/JsonField.jsx';

/** A node type this server does not know: its data is kept and can be edited as JSON. */
export default function UnknownForm({ config, replace, errors }) {
  return (
    <JsonField
      label="Data"
      value={config}
      onChange={(v) => replace(v || {})}
      errors={errors(null)}
      rows={10}
      testId="unknown-data"
    />
  );
}
