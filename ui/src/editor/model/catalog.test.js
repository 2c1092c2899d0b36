import { describe, expect, it } from 'vitest';
import { EMPTY_CATALOG, buildCatalog } from './catalog.js';
import { DESCRIPTORS, PASSWORD_HASH } from './descriptors.fixture.js';
import { dataOf } from './document.js';
import { CATALOG } from './fixtures.js';

const ids = (handles) => handles.map((h) => h.id);

describe('node types from descriptors', () => {
  it('takes label, icon, colour, category and palette text from each descriptor', () => {
    expect(CATALOG.types.map((t) => t.type)).toEqual(DESCRIPTORS.map((d) => d.id));
    expect(CATALOG.nodeType('jwtGenerate')).toMatchObject({
      known: true,
      label: 'JWT Generate',
      icon: 'J+',
      color: '#059669',
      category: 'auth',
      description: 'Sign a token with a jwt secret',
    });
  });

  it('shows a type the descriptors do not name as an unknown node with one input and one output', () => {
    const unknown = CATALOG.nodeType('httpRequest');
    expect(unknown).toMatchObject({
      known: false,
      type: 'httpRequest',
      label: 'Unknown node',
      input: true,
      descriptor: null,
    });
    expect(ids(CATALOG.outputHandles('httpRequest'))).toEqual([null]);
    expect(unknown.summary({ url: 'x' })).toBe('not supported here');
    expect(EMPTY_CATALOG.nodeType('logic').known).toBe(false);
  });

  it('ignores an answer that is not a list of descriptors', () => {
    expect(buildCatalog({ error: 'NOT_FOUND' }).types).toEqual([]);
    expect(buildCatalog([null, { label: 'no id' }, PASSWORD_HASH]).types.map((t) => t.type)).toEqual(['passwordHash']);
  });
});

describe('handles', () => {
  it('gives the default output as the no-sourceHandle handle and adds error where the type can fail', () => {
    expect(ids(CATALOG.outputHandles('parameters'))).toEqual([null, 'error']);
    expect(ids(CATALOG.outputHandles('jwtGenerate'))).toEqual([null]);
    expect(ids(CATALOG.outputHandles('condition'))).toEqual(['true', 'false']);
    expect(CATALOG.outputHandles('loop').map((h) => h.label)).toEqual(['each', 'done']);
    expect(CATALOG.outputHandles('response')).toEqual([]);
  });

  it('has no input on API Start and one on every other type', () => {
    expect(CATALOG.types.filter((t) => !t.input).map((t) => t.type)).toEqual(['apiStart']);
  });

  it('labels an edge by the output it leaves: the port label, error, none for the default', () => {
    expect(CATALOG.handleLabel('loop', 'true')).toBe('each');
    expect(CATALOG.handleLabel('condition', 'false')).toBe('false');
    expect(CATALOG.handleLabel('mongodb', 'error')).toBe('error');
    expect(CATALOG.handleLabel('logic', null)).toBeUndefined();
    expect(CATALOG.handleLabel('httpRequest', 'true')).toBe('true');
  });
});

describe('defaults', () => {
  it('starts a node with the descriptor defaults and its label', () => {
    expect(CATALOG.nodeType('jwtGenerate').defaults()).toEqual({
      label: 'JWT Generate',
      secret: '',
      payload: {},
      expiresIn: '1h',
      algorithm: 'HS256',
    });
    expect(CATALOG.nodeType('response').defaults()).toEqual({ label: 'API Response', status: 200 });
  });

  it('gives every new node its own copy of the defaults', () => {
    const first = CATALOG.nodeType('parameters').defaults();
    first.sources[0].parameters.age = { type: 'integer' };
    expect(CATALOG.nodeType('parameters').defaults().sources).toEqual([{ from: 'body', parameters: {} }]);
  });
});

describe('summaries', () => {
  const summary = (type, data) => CATALOG.nodeType(type).summary(data);

  it('joins the summary fields that have a value', () => {
    expect(summary('response', { status: 200, body: { adult: true } })).toBe('200 · {"adult":true}');
    expect(summary('mongodb', { operation: 'findMany', collection: 'users' })).toBe('findMany · users');
    expect(summary('jwtGenerate', { secret: '', expiresIn: '1h' })).toBe('1h');
    expect(summary('logic', { code: 'return {\n  sum: input.a + input.b\n};' })).toBe(
      'return { sum: input.a + input.b };',
    );
  });

  it('names declared parameters as source.name', () => {
    const sources = [
      { from: 'body', parameters: { age: {} } },
      { from: 'query', parameters: { q: {} } },
    ];
    expect(summary('parameters', { sources })).toBe('body.age, query.q');
    expect(summary('parameters', { sources: [{ from: 'body', parameters: {} }] })).toBe('no parameters yet');
  });

  it('shortens long values and says so when nothing is set', () => {
    expect(summary('condition', { condition: 'x'.repeat(80) })).toHaveLength(42);
    expect(summary('condition', {})).toBe('not set up yet');
  });

  it("summarises API Start with the workflow's method and path", () => {
    expect(summary('apiStart', dataOf('apiStart', {}, { method: 'POST', path: '/users' }))).toBe('POST · /users');
  });
});

describe('an eleventh node type', () => {
  it('gets its look, handles, defaults and summary with no code of its own', () => {
    const catalog = buildCatalog([...DESCRIPTORS, PASSWORD_HASH]);
    const type = catalog.nodeType('passwordHash');
    expect(type).toMatchObject({ known: true, label: 'Password Hash', icon: '#', category: 'auth', input: true });
    expect(ids(catalog.outputHandles('passwordHash'))).toEqual([null, 'error']);
    expect(type.defaults()).toEqual({ label: 'Password Hash', mode: 'hash', password: '{{input.password}}' });
    expect(type.summary(type.defaults())).toBe('hash · {{input.password}}');
  });
});
