/** The fields of a JSON object schema: name, type, required, and the constraints that apply. */
const CONSTRAINTS = ['enum', 'minimum', 'maximum', 'minLength', 'maxLength', 'maxItems', 'pattern', 'default'];

function constraints(schema) {
  return CONSTRAINTS.filter((k) => schema[k] !== undefined)
    .map((k) => `${k}: ${typeof schema[k] === 'object' ? JSON.stringify(schema[k]) : schema[k]}`)
    .join(', ');
}

export default function SchemaFields({ schema }) {
  const required = new Set(schema.required || []);
  const fields = Object.entries(schema.properties || {});
  if (!fields.length) return <p className="muted">Any JSON object.</p>;
  return (
    <table className="table compact" data-testid="endpoint-body-fields">
      <tbody>
        {fields.map(([name, s]) => (
          <tr key={name}>
            <td className="mono">{name}</td>
            <td className="mono">{Array.isArray(s.type) ? s.type.join(' | ') : s.type || 'any'}</td>
            <td>{required.has(name) ? 'required' : 'optional'}</td>
            <td className="muted">{constraints(s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
