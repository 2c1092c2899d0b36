// Edits of a parameters node's `sources` (a list of {from, parameters: {name: spec}}), kept immutable and in order.

export const SOURCES = ['body', 'query', 'headers', 'params'];
export const TYPES = ['', 'string', 'number', 'integer', 'boolean', 'object', 'array', 'email', 'password'];

function withSource(sources, index, change) {
  return sources.map((s, i) => (i === index ? change(s) : s));
}

export function setFrom(sources, index, from) {
  return withSource(sources, index, (s) => ({ ...s, from }));
}

export function addSource(sources) {
  const used = new Set(sources.map((s) => s.from));
  return [...sources, { from: SOURCES.find((f) => !used.has(f)) || 'body', parameters: {} }];
}

export function removeSource(sources, index) {
  return sources.filter((_, i) => i !== index);
}

export function addParameter(sources, index) {
  return withSource(sources, index, (s) => {
    const params = s.parameters || {};
    let n = Object.keys(params).length + 1;
    while (`field${n}` in params) n++;
    return { ...s, parameters: { ...params, [`field${n}`]: { required: true, type: 'string' } } };
  });
}

export function renameParameter(sources, index, oldName, newName) {
  return withSource(sources, index, (s) => {
    const entries = Object.entries(s.parameters || {});
    if (newName !== oldName && entries.some(([n]) => n === newName)) return s;
    return { ...s, parameters: Object.fromEntries(entries.map(([n, spec]) => [n === oldName ? newName : n, spec])) };
  });
}

export function setSpec(sources, index, name, key, value) {
  return withSource(sources, index, (s) => {
    const spec = { ...(s.parameters?.[name] || {}) };
    if (value === undefined || value === '') delete spec[key];
    else spec[key] = value;
    return { ...s, parameters: { ...s.parameters, [name]: spec } };
  });
}

export function removeParameter(sources, index, name) {
  return withSource(sources, index, (s) => {
    const params = { ...s.parameters };
    delete params[name];
    return { ...s, parameters: params };
  });
}
