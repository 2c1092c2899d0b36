import { del, get, getPage, patch, post, put } from './client.js';

const enc = encodeURIComponent;

export const auth = {
  me: () => get('/v1/auth/me'),
  session: () => get('/v1/auth/session'),
  login: (email, password) => post('/v1/auth/login', { email, password }),
  signup: (email, username, password) => post('/v1/auth/signup', { email, username, password }),
  logout: () => post('/v1/auth/logout'),
};

export const nodeTypes = {
  list: () => get('/v1/node-types'),
};

export const tokens = {
  list: () => get('/v1/tokens'),
  create: (name, scope, expiresAt) => post('/v1/tokens', { name, scope, expiresAt }),
  revoke: (id) => del(`/v1/tokens/${enc(id)}`),
};

export const projects = {
  list: () => get('/v1/projects'),
  get: (id) => get(`/v1/projects/${enc(id)}`),
  create: (name, slug) => post('/v1/projects', { name, slug }),
  update: (id, changes) => patch(`/v1/projects/${enc(id)}`, changes),
  remove: (id) => del(`/v1/projects/${enc(id)}`),
  endSlugRedirect: (id, slug) => del(`/v1/projects/${enc(id)}/slug-redirects/${enc(slug)}`),
};

export const workflows = {
  list: (pid) => get(`/v1/projects/${enc(pid)}/workflows`),
  create: (pid, doc) => post(`/v1/projects/${enc(pid)}/workflows`, doc),
  importDoc: (pid, doc) => post(`/v1/projects/${enc(pid)}/workflows/import`, doc),
  validateDoc: (pid, doc) => post(`/v1/projects/${enc(pid)}/workflows/validate`, doc),
  get: (id) => get(`/v1/workflows/${enc(id)}`),
  save: (id, doc) => put(`/v1/workflows/${enc(id)}`, doc),
  exportDoc: (id) => get(`/v1/workflows/${enc(id)}/export`),
  remove: (id) => del(`/v1/workflows/${enc(id)}`),
  deploy: (id) => post(`/v1/workflows/${enc(id)}/deploy`),
  undeploy: (id) => post(`/v1/workflows/${enc(id)}/undeploy`),
  versions: (id) => get(`/v1/workflows/${enc(id)}/versions`),
  version: (id, n) => get(`/v1/workflows/${enc(id)}/versions/${enc(n)}`),
  rollback: (id, version) => post(`/v1/workflows/${enc(id)}/rollback`, { version }),
  testRun: (id, sample) => post(`/v1/workflows/${enc(id)}/test-run`, sample),
};

export const templates = {
  list: () => get('/v1/templates'),
  apply: (pid, id, createSecrets) =>
    post(`/v1/projects/${enc(pid)}/templates/${enc(id)}`, { createSecrets: Boolean(createSecrets) }),
};

export const environments = {
  list: (pid) => get(`/v1/projects/${enc(pid)}/environments`),
  add: (pid, name) => put(`/v1/projects/${enc(pid)}/environments/${enc(name)}`),
  remove: (pid, name) => del(`/v1/projects/${enc(pid)}/environments/${enc(name)}`),
};

export const secrets = {
  list: (pid) => get(`/v1/projects/${enc(pid)}/secrets`),
  put: (pid, name, body) => put(`/v1/projects/${enc(pid)}/secrets/${enc(name)}`, body),
  remove: (pid, name) => del(`/v1/projects/${enc(pid)}/secrets/${enc(name)}`),
  removeValue: (pid, name, environment) =>
    del(`/v1/projects/${enc(pid)}/secrets/${enc(name)}?environment=${enc(environment)}`),
  promote: (pid, name, environment) => post(`/v1/projects/${enc(pid)}/secrets/${enc(name)}/promote`, { environment }),
  discard: (pid, name, environment) => post(`/v1/projects/${enc(pid)}/secrets/${enc(name)}/discard`, { environment }),
  test: (pid, name) => post(`/v1/projects/${enc(pid)}/secrets/${enc(name)}/test`),
};

export const executions = {
  list: (pid, filters) => {
    const query = new URLSearchParams();
    Object.entries(filters || {}).forEach(([key, value]) => value && query.set(key, value));
    const suffix = query.toString() ? `?${query}` : '';
    return get(`/v1/projects/${enc(pid)}/executions${suffix}`);
  },
  // one page of runs and the cursor of the next (see pages/executions/executionQuery.js)
  page: (pid, params, cursor) => {
    const query = new URLSearchParams(params || {});
    if (cursor) query.set('cursor', cursor);
    const suffix = query.toString() ? `?${query}` : '';
    return getPage(`/v1/projects/${enc(pid)}/executions${suffix}`);
  },
  get: (pid, id) => get(`/v1/projects/${enc(pid)}/executions/${enc(id)}`),
};

export const members = {
  list: (pid) => get(`/v1/projects/${enc(pid)}/members`),
  invite: (pid, who, role) => post(`/v1/projects/${enc(pid)}/members`, { ...who, role }),
  setRole: (pid, userId, role) => patch(`/v1/projects/${enc(pid)}/members/${enc(userId)}`, { role }),
  remove: (pid, userId) => del(`/v1/projects/${enc(pid)}/members/${enc(userId)}`),
};

function statsQuery(range) {
  const query = new URLSearchParams();
  Object.entries(range || {}).forEach(([key, value]) => value && query.set(key, value));
  return query.toString() ? `?${query}` : '';
}

export const stats = {
  project: (pid, range) => get(`/v1/projects/${enc(pid)}/stats${statsQuery(range)}`),
  workflow: (id, range) => get(`/v1/workflows/${enc(id)}/stats${statsQuery(range)}`),
};

export const apiDocs = {
  openapi: (pid) => get(`/v1/projects/${enc(pid)}/openapi.json`),
};

// the managed database (source null) or a mongodb secret's database (source: the secret's name)
const dataBase = (pid, source) =>
  source
    ? `/v1/projects/${enc(pid)}/data/external/${enc(source)}/collections`
    : `/v1/projects/${enc(pid)}/data/collections`;

export const data = {
  collections: (pid, source) => get(dataBase(pid, source)),
  documents: (pid, source, name, query) => get(`${dataBase(pid, source)}/${enc(name)}/documents?${query}`),
  insert: (pid, source, name, doc) => post(`${dataBase(pid, source)}/${enc(name)}/documents`, doc),
  replace: (pid, source, name, id, doc) => put(`${dataBase(pid, source)}/${enc(name)}/documents/${enc(id)}`, doc),
  remove: (pid, source, name, id) => del(`${dataBase(pid, source)}/${enc(name)}/documents/${enc(id)}`),
  schema: (pid, name) => get(`${dataBase(pid)}/${enc(name)}/schema`),
  putSchema: (pid, name, schema) => put(`${dataBase(pid)}/${enc(name)}/schema`, schema),
  removeSchema: (pid, name) => del(`${dataBase(pid)}/${enc(name)}/schema`),
};
