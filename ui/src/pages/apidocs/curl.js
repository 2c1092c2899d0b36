// A copyable curl command per OpenAPI operation, with example values so that it can be run as shown.

const EXAMPLES = { string: 'text', integer: 1, number: 1, boolean: true, array: [], object: {} };

/** An example value for a JSON schema: its example, default, first enum value, or one per type. */
export function exampleOf(schema) {
  if (!schema) return 'text';
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' && schema.properties) {
    return Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, exampleOf(v)]));
  }
  if (type === 'string' && schema.minLength > 4) return 'x'.repeat(schema.minLength);
  if ((type === 'integer' || type === 'number') && schema.minimum !== undefined) return schema.minimum;
  return EXAMPLES[type] ?? 'text';
}

const quote = (text) => `'${String(text).replace(/'/g, "'\\''")}'`;

export function bodySchema(operation) {
  return operation.requestBody?.content?.['application/json']?.schema || null;
}

/** The curl command for `method path` of the document served under `baseUrl` (absolute). */
export function curlFor(baseUrl, path, method, operation) {
  const params = operation.parameters || [];
  let concrete = path;
  params
    .filter((p) => p.in === 'path')
    .forEach((p) => {
      concrete = concrete.replace(`{${p.name}}`, encodeURIComponent(String(exampleOf(p.schema))));
    });
  const query = new URLSearchParams();
  params.filter((p) => p.in === 'query' && p.required).forEach((p) => query.set(p.name, String(exampleOf(p.schema))));
  const url = `${baseUrl}${concrete}${query.toString() ? `?${query}` : ''}`;
  const parts = ['curl', '-X', method.toUpperCase(), quote(url)];
  params
    .filter((p) => p.in === 'header' && p.required)
    .forEach((p) => parts.push('-H', quote(`${p.name}: ${exampleOf(p.schema)}`)));
  // Double quotes, so that the shell puts the token in (single quotes would send "$TOKEN" itself).
  if (operation.security?.length) parts.push('-H', '"Authorization: Bearer $TOKEN"');
  const schema = bodySchema(operation);
  if (schema) {
    parts.push(
      '-H',
      quote('Content-Type: application/json'),
      '-d',
      quote(JSON.stringify(exampleOf({ type: 'object', ...schema }))),
    );
  }
  return parts.join(' ');
}
