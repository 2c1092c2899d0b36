// The ten node types (docs/NODES.md): how each looks, which handles it has, its starting data and a one-line summary.

const short = (text, max = 42) => {
  if (text == null || text === '') return '';
  const s = typeof text === 'string' ? text : JSON.stringify(text);
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const OUT = [{ id: null, label: '' }];
const BRANCHES = [
  { id: 'true', label: 'true' },
  { id: 'false', label: 'false' },
];

function paramsSummary(data) {
  const names = (data.sources || []).flatMap((s) => Object.keys(s.parameters || {}).map((n) => `${s.from}.${n}`));
  return names.length ? names.join(', ') : 'no parameters yet';
}

function mongoSummary(data) {
  if (!data.operation && !data.collection) return 'choose an operation';
  return `${data.operation || '?'} ${data.collection || '?'}`;
}

export const NODE_TYPES = [
  {
    type: 'apiStart',
    label: 'API Start',
    icon: '▶',
    color: '#2563eb',
    description: 'Where the request comes in',
    input: false,
    outputs: OUT,
    defaults: () => ({ label: 'API Start' }),
    summary: (_, meta) => `${meta.method} ${meta.path}`,
  },
  {
    type: 'parameters',
    label: 'Request Parameters',
    icon: '⇥',
    color: '#0891b2',
    description: 'Validate and coerce request fields',
    input: true,
    outputs: OUT,
    errorHandle: true,
    defaults: () => ({ label: 'Request Parameters', sources: [{ from: 'body', parameters: {} }] }),
    summary: paramsSummary,
  },
  {
    type: 'logic',
    label: 'Logic',
    icon: 'ƒ',
    color: '#7c3aed',
    description: 'JavaScript that shapes data',
    input: true,
    outputs: OUT,
    errorHandle: true,
    defaults: () => ({ label: 'Logic', code: 'return input;' }),
    summary: (data) => short(data.code) || 'passes input through',
  },
  {
    type: 'condition',
    label: 'Condition',
    icon: '◇',
    color: '#d97706',
    description: 'Branch on a true/false expression',
    input: true,
    outputs: BRANCHES,
    defaults: () => ({ label: 'Condition', condition: 'true' }),
    summary: (data) => short(data.condition) || 'no condition yet',
  },
  {
    type: 'loop',
    label: 'Loop',
    icon: '↻',
    color: '#db2777',
    description: 'Run a branch once per item',
    input: true,
    outputs: [
      { id: 'true', label: 'each' },
      { id: 'false', label: 'done' },
    ],
    defaults: () => ({ label: 'Loop', items: '{{input}}' }),
    summary: (data) => (data.items ? `over ${short(data.items)}` : 'over the input'),
  },
  {
    type: 'jwtGenerate',
    label: 'JWT Generate',
    icon: 'J+',
    color: '#059669',
    description: 'Sign a token with a jwt secret',
    input: true,
    outputs: OUT,
    defaults: () => ({ label: 'JWT Generate', secret: '', payload: {}, expiresIn: '1h', algorithm: 'HS256' }),
    summary: (data) => `${data.secret || 'no secret'} · ${data.expiresIn || '1h'}`,
  },
  {
    type: 'jwtVerify',
    label: 'JWT Verify',
    icon: 'J✓',
    color: '#16a34a',
    description: 'Check a bearer token',
    input: true,
    outputs: OUT,
    errorHandle: true,
    defaults: () => ({ label: 'JWT Verify', secret: '', algorithm: 'HS256' }),
    summary: (data) => `${data.secret || 'no secret'}${data.token ? ` · ${short(data.token, 24)}` : ' · bearer token'}`,
  },
  {
    type: 'database',
    label: 'Database',
    icon: 'DB',
    color: '#475569',
    description: "The project's managed database",
    input: true,
    outputs: OUT,
    errorHandle: true,
    defaults: () => ({ label: 'Database', collection: '', operation: 'findMany', filter: {} }),
    summary: mongoSummary,
  },
  {
    type: 'mongodb',
    label: 'MongoDB',
    icon: 'M',
    color: '#15803d',
    description: 'Your MongoDB, through a secret',
    input: true,
    outputs: OUT,
    errorHandle: true,
    defaults: () => ({ label: 'MongoDB', secret: '', collection: '', operation: 'findMany', filter: {} }),
    summary: mongoSummary,
  },
  {
    type: 'response',
    label: 'API Response',
    icon: '⏎',
    color: '#dc2626',
    description: 'Answer the request',
    input: true,
    outputs: [],
    defaults: () => ({ label: 'API Response', status: 200 }),
    summary: (data) => `${data.status ?? 200}${data.body !== undefined ? ` · ${short(data.body, 30)}` : ' · previous output'}`,
  },
];

const BY_TYPE = new Map(NODE_TYPES.map((t) => [t.type, t]));

const UNKNOWN = {
  label: 'Unknown node',
  icon: '?',
  color: '#94a3b8',
  description: 'A node type this server does not know',
  input: true,
  outputs: OUT,
  defaults: () => ({}),
  summary: () => 'not supported here',
};

export function nodeType(type) {
  return BY_TYPE.get(type) || { ...UNKNOWN, type };
}

/** The handles a node's outgoing edges may leave from: its outputs, plus `error` for nodes that can fail. */
export function outputHandles(type) {
  const t = nodeType(type);
  return t.errorHandle ? [...t.outputs, { id: 'error', label: 'error' }] : t.outputs;
}
