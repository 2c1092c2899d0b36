// The ten node types as GET /v1/node-types describes them (the node descriptor contract), for the unit tests.
// The running editor never reads this file: it asks the server.

const SCHEMA = 'https://json-schema.org/draft/2020-12/schema';
const LABEL = { type: 'string', title: 'Label', description: 'the name shown on the canvas' };
const ONE_OUT = [{ id: 'default', label: '' }];
const ANY_TEMPLATE = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

function schema(properties, required = []) {
  return {
    $schema: SCHEMA,
    type: 'object',
    properties: { label: LABEL, ...properties },
    required,
    additionalProperties: false,
  };
}

function node(fields) {
  return { templateFields: [], secretFields: [], credentialOutputs: [], errors: [], ...fields };
}

const ALGORITHM = { type: 'string', enum: ['HS256', 'HS384', 'HS512'], default: 'HS256', title: 'Algorithm' };
const OPERATION = {
  type: 'string',
  title: 'Operation',
  enum: [
    'findOne',
    'findMany',
    'insertOne',
    'insertMany',
    'updateOne',
    'updateMany',
    'deleteOne',
    'deleteMany',
    'count',
    'aggregate',
  ],
};
const QUERY = {
  collection: { type: 'string', title: 'Collection', description: 'the collection; a plain name, never a template' },
  operation: OPERATION,
  filter: { type: ANY_TEMPLATE, title: 'Filter', description: 'which documents; absent means every document' },
  query: { type: ANY_TEMPLATE, title: 'Query', description: "DotPortion's name for filter" },
  data: { type: ANY_TEMPLATE, title: 'Data', description: 'the document(s) to insert, or the fields to $set' },
  update: { type: ANY_TEMPLATE, title: 'Update', description: 'a full update document of operators, instead of data' },
  pipeline: { type: ANY_TEMPLATE, title: 'Pipeline', description: 'aggregation stages' },
  options: { type: 'object', title: 'Options', description: 'sort, limit, skip and projection' },
};
const QUERY_TEMPLATES = ['filter', 'query', 'data', 'update', 'pipeline', 'options'];
const QUERY_ORDER = ['collection', 'operation', 'filter', 'query', 'data', 'update', 'pipeline', 'options'];
const MONGO_ERRORS = [{ code: 'DATABASE_ERROR', status: 502, meaning: 'the database refused or failed the operation' }];

export const DESCRIPTORS = [
  node({
    id: 'apiStart',
    role: 'start',
    label: 'API Start',
    category: 'trigger',
    summary: 'Where the request comes in',
    description: "Documents the workflow's method and path; its output is the request.",
    ports: { input: false, outputs: ONE_OUT, error: false },
    configSchema: schema({
      method: { type: 'string', title: 'Method', enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
      path: { type: 'string', title: 'Path' },
    }),
    defaults: {},
    ui: { icon: '▶', color: '#2563eb', summaryFields: ['method', 'path'], widgets: {}, order: ['method', 'path'] },
  }),
  node({
    id: 'parameters',
    role: 'step',
    label: 'Request Parameters',
    category: 'input',
    summary: 'Validate and coerce request fields',
    description: 'Reads declared fields from the request, checks and coerces them; every failure is reported at once.',
    ports: { input: true, outputs: ONE_OUT, error: true },
    configSchema: schema({
      sources: {
        type: 'array',
        title: 'Sources',
        description: 'where to read values from and what each must look like',
      },
    }),
    defaults: { sources: [{ from: 'body', parameters: {} }] },
    errors: [{ code: 'INVALID_REQUEST', status: 400, meaning: 'a declared parameter is missing or malformed' }],
    ui: {
      icon: '⇥',
      color: '#0891b2',
      summaryFields: ['sources'],
      widgets: { sources: 'parametersTable' },
      order: ['sources'],
    },
  }),
  node({
    id: 'logic',
    role: 'step',
    label: 'Logic',
    category: 'logic',
    summary: 'JavaScript that shapes data',
    description: 'Runs the body of a JavaScript function in a sandbox; it returns the output.',
    ports: { input: true, outputs: ONE_OUT, error: true },
    configSchema: schema(
      {
        code: {
          type: 'string',
          title: 'Code',
          description: 'the body of a function that sees input, request, steps and loop',
        },
      },
      ['code'],
    ),
    defaults: { code: 'return input;' },
    errors: [{ code: 'SCRIPT_ERROR', status: 500, meaning: 'the script threw or ran out of time' }],
    ui: { icon: 'ƒ', color: '#7c3aed', summaryFields: ['code'], widgets: { code: 'code' }, order: ['code'] },
  }),
  node({
    id: 'condition',
    role: 'branch',
    label: 'Condition',
    category: 'flow',
    summary: 'Branch on a true/false expression',
    description: 'Evaluates a JavaScript expression and follows the true or the false edge.',
    ports: {
      input: true,
      outputs: [
        { id: 'true', label: 'true' },
        { id: 'false', label: 'false' },
      ],
      error: false,
    },
    configSchema: schema(
      { condition: { type: 'string', title: 'Condition', description: 'a JavaScript true/false expression' } },
      ['condition'],
    ),
    defaults: { condition: 'true' },
    ui: {
      icon: '◇',
      color: '#d97706',
      summaryFields: ['condition'],
      widgets: { condition: 'expression' },
      order: ['condition'],
    },
  }),
  node({
    id: 'loop',
    role: 'loop',
    label: 'Loop',
    category: 'flow',
    summary: 'Run a branch once per item',
    description: "Runs the 'each' branch once per item, then follows 'done' with the list of results.",
    ports: {
      input: true,
      outputs: [
        { id: 'true', label: 'each' },
        { id: 'false', label: 'done' },
      ],
      error: false,
    },
    configSchema: schema({
      items: {
        type: ANY_TEMPLATE,
        title: 'Items',
        description: 'a template resolving to an array; absent means the input',
      },
      maxIterations: {
        type: 'integer',
        minimum: 1,
        title: 'Max iterations',
        description: "optional; never above the platform's limit",
      },
    }),
    defaults: { items: '{{input}}' },
    templateFields: ['items'],
    ui: {
      icon: '↻',
      color: '#db2777',
      summaryFields: ['items'],
      widgets: { items: 'template' },
      order: ['items', 'maxIterations'],
    },
  }),
  node({
    id: 'jwtGenerate',
    role: 'step',
    label: 'JWT Generate',
    category: 'auth',
    summary: 'Sign a token with a jwt secret',
    description: 'Signs a JWT with a project secret and outputs {"token": "..."}.',
    ports: { input: true, outputs: ONE_OUT, error: false },
    configSchema: schema(
      {
        secret: {
          type: 'string',
          title: 'Secret',
          description: "name of the project's jwt secret that signs the token",
        },
        payload: { type: 'object', title: 'Payload', description: 'the claims; values may be templates' },
        expiresIn: {
          type: ['string', 'integer'],
          title: 'Expires in',
          description: '30s, 10m, 1h, 7d or seconds',
          default: '1h',
        },
        issuer: { type: 'string', title: 'Issuer' },
        audience: { type: 'string', title: 'Audience' },
        algorithm: ALGORITHM,
      },
      ['secret'],
    ),
    defaults: { secret: '', payload: {}, expiresIn: '1h', algorithm: 'HS256' },
    templateFields: ['payload'],
    secretFields: [{ field: 'secret', secretType: 'jwt' }],
    credentialOutputs: ['token'],
    ui: {
      icon: 'J+',
      color: '#059669',
      summaryFields: ['secret', 'expiresIn'],
      widgets: { payload: 'json' },
      order: ['secret', 'payload', 'expiresIn', 'issuer', 'audience', 'algorithm'],
    },
  }),
  node({
    id: 'jwtVerify',
    role: 'step',
    label: 'JWT Verify',
    category: 'auth',
    summary: 'Check a bearer token',
    description: 'Verifies a JWT signed with a project secret; outputs its claims.',
    ports: { input: true, outputs: ONE_OUT, error: true },
    configSchema: schema(
      {
        secret: {
          type: 'string',
          title: 'Secret',
          description: "name of the project's jwt secret the token must be signed with",
        },
        token: { type: 'string', title: 'Token', description: 'empty: the bearer token of the Authorization header' },
        issuer: { type: 'string', title: 'Issuer' },
        audience: { type: 'string', title: 'Audience' },
        leeway: { type: 'integer', minimum: 0, maximum: 3600, default: 30, title: 'Leeway (seconds)' },
        algorithm: ALGORITHM,
      },
      ['secret'],
    ),
    defaults: { secret: '', algorithm: 'HS256' },
    templateFields: ['token'],
    secretFields: [{ field: 'secret', secretType: 'jwt' }],
    errors: [{ code: 'TOKEN_INVALID', status: 401, meaning: 'the token is missing, forged or expired' }],
    ui: {
      icon: 'J✓',
      color: '#16a34a',
      summaryFields: ['secret', 'token'],
      widgets: { secret: 'secret', token: 'template' },
      order: ['secret', 'token', 'issuer', 'audience', 'leeway', 'algorithm'],
    },
  }),
  node({
    id: 'database',
    role: 'step',
    label: 'Database',
    category: 'data',
    summary: "The project's managed database",
    description: "Runs one operation on a collection of the project's managed database.",
    ports: { input: true, outputs: ONE_OUT, error: true },
    configSchema: schema(QUERY, ['collection', 'operation']),
    defaults: { collection: '', operation: 'findMany', filter: {} },
    templateFields: QUERY_TEMPLATES,
    errors: MONGO_ERRORS,
    ui: {
      icon: 'DB',
      color: '#475569',
      summaryFields: ['operation', 'collection'],
      widgets: { operation: 'mongoOperation' },
      order: QUERY_ORDER,
    },
  }),
  node({
    id: 'mongodb',
    role: 'step',
    label: 'MongoDB',
    category: 'data',
    summary: 'Your MongoDB, through a secret',
    description: 'Runs one operation on a collection of your own MongoDB, reached through a mongodb secret.',
    ports: { input: true, outputs: ONE_OUT, error: true },
    configSchema: schema(
      {
        secret: { type: 'string', title: 'Secret', description: 'name of a mongodb secret holding the URL' },
        database: { type: 'string', title: 'Database', description: 'empty: the one named in the URL' },
        ...QUERY,
      },
      ['secret', 'collection', 'operation'],
    ),
    defaults: { secret: '', collection: '', operation: 'findMany', filter: {} },
    templateFields: QUERY_TEMPLATES,
    secretFields: [{ field: 'secret', secretType: 'mongodb' }],
    errors: MONGO_ERRORS,
    ui: {
      icon: 'M',
      color: '#15803d',
      summaryFields: ['operation', 'collection'],
      widgets: { secret: 'secret', operation: 'mongoOperation' },
      order: ['secret', 'database', ...QUERY_ORDER],
    },
  }),
  node({
    id: 'response',
    role: 'end',
    label: 'API Response',
    category: 'output',
    summary: 'Answer the request',
    description: 'Ends the execution with a status, a body and headers.',
    ports: { input: true, outputs: [], error: false },
    configSchema: schema({
      status: { type: ['integer', 'string'], title: 'Status', description: '200–599, or a template', default: 200 },
      body: { type: ANY_TEMPLATE, title: 'Body', description: "empty: the previous node's output" },
      headers: {
        type: 'object',
        title: 'Headers',
        description: 'header name to value template',
        additionalProperties: { type: 'string' },
      },
    }),
    defaults: { status: 200 },
    templateFields: ['status', 'body', 'headers'],
    ui: {
      icon: '⏎',
      color: '#dc2626',
      summaryFields: ['status', 'body'],
      widgets: { status: 'status', body: 'json', headers: 'headers' },
      order: ['status', 'body', 'headers'],
    },
  }),
];

/** An eleventh node type the editor has no code for: it must still appear, connect and get a form. */
export const PASSWORD_HASH = node({
  id: 'passwordHash',
  label: 'Password Hash',
  category: 'auth',
  summary: 'Hash or check a password',
  description: 'Hashes a password, or checks one against a stored hash.',
  ports: { input: true, outputs: [{ id: 'default', label: '' }], error: true },
  configSchema: schema(
    {
      mode: { type: 'string', enum: ['hash', 'verify'], default: 'hash', title: 'Mode' },
      password: { type: 'string', title: 'Password', description: 'a template naming the password' },
      rounds: { type: 'integer', minimum: 4, maximum: 20, title: 'Rounds', default: 10 },
      pepper: { type: 'string', title: 'Pepper secret' },
      rehash: { type: 'boolean', title: 'Rehash old hashes' },
      extra: { type: 'object', title: 'Extra' },
      tags: { type: 'array', title: 'Tags', items: { type: 'string' } },
    },
    ['password'],
  ),
  defaults: { mode: 'hash', password: '{{input.password}}' },
  templateFields: ['password'],
  secretFields: [{ field: 'pepper', secretType: 'pepper' }],
  ui: {
    icon: '#',
    color: '#0f766e',
    summaryFields: ['mode', 'password'],
    widgets: {},
    order: ['mode', 'password', 'pepper', 'rounds'],
  },
});

/** The http node: its one `secret` field accepts three secret types. */
export const HTTP_CALL = node({
  id: 'http',
  label: 'HTTP Request',
  category: 'data',
  summary: 'Call another HTTP API',
  description: 'Sends one HTTP request and outputs {status, headers, body, request}.',
  ports: { input: true, outputs: ONE_OUT, error: true },
  configSchema: schema(
    {
      method: { type: 'string', enum: ['GET', 'POST'], default: 'GET', title: 'Method' },
      url: { type: 'string', title: 'URL' },
      secret: { type: 'string', title: 'Secret' },
    },
    ['url'],
  ),
  defaults: { method: 'GET', url: '' },
  templateFields: ['url'],
  secretFields: [
    { field: 'secret', secretType: 'apiKey' },
    { field: 'secret', secretType: 'bearer' },
    { field: 'secret', secretType: 'basic' },
  ],
  ui: {
    icon: '⇄',
    color: '#0891b2',
    summaryFields: ['method', 'url'],
    widgets: { url: 'template', secret: 'secret' },
    order: ['method', 'url', 'secret'],
  },
});
