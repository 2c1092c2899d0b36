import { describe, expect, it } from 'vitest';
import {
  declaredParameters,
  exampleFor,
  loadTestRequests,
  pickSample,
  prefilledSample,
  removeSample,
  saveSample,
  storageKey,
  storeTestRequests,
} from './testRequests.js';

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)), items };
}

const meta = { method: 'POST', path: '/users/{id}' };
const params = (sources) => ({ id: 'parameters-1', data: { kind: 'parameters', config: { sources } } });
const nodes = [
  { id: 'start', data: { kind: 'apiStart', config: {} } },
  params([
    {
      from: 'body',
      parameters: { email: { type: 'email' }, age: { type: 'integer', min: 18 }, tags: { type: 'array' } },
    },
    { from: 'query', parameters: { page: { type: 'integer', default: 2 } } },
    { from: 'headers', parameters: { 'X-Tenant': { type: 'string', enum: ['acme', 'other'] } } },
  ]),
];

describe('prefilledSample', () => {
  it('gives every declared parameter an example where it is read from', () => {
    const sample = prefilledSample(meta, nodes);
    expect(JSON.parse(sample.body)).toEqual({ email: 'ada@example.com', age: 18, tags: [] });
    expect(sample.query).toEqual([['page', '2']]);
    expect(sample.headers).toEqual([['X-Tenant', 'acme']]);
    expect(sample.method).toBe('POST');
  });
  it('leaves the body empty when nothing is declared in it', () => {
    expect(prefilledSample(meta, [nodes[0]]).body).toBe('');
  });
  it('merges the sources of several parameters nodes and ignores malformed ones', () => {
    const more = [...nodes, params([{ from: 'body', parameters: { name: {} } }, { from: 'nowhere' }, null])];
    expect(Object.keys(declaredParameters(more).body)).toEqual(['email', 'age', 'tags', 'name']);
  });
});

describe('exampleFor', () => {
  it('prefers the default, then the first allowed value, then the minimum', () => {
    expect(exampleFor({ type: 'integer', default: 5, min: 1 })).toBe(5);
    expect(exampleFor({ type: 'string', enum: ['a'] })).toBe('a');
    expect(exampleFor({ type: 'number', min: 0 })).toBe(0);
    expect(exampleFor({ type: 'boolean' })).toBe(true);
    expect(exampleFor(undefined)).toBe('text');
  });
});

describe('stored test requests', () => {
  it('survive a reload per workflow, samples included', () => {
    const storage = memoryStorage();
    let state = loadTestRequests(storage, 'wf1', meta, nodes);
    state = { ...state, current: { ...state.current, body: '{"kept": true}' } };
    state = saveSample(state, '  adult  ');
    storeTestRequests(storage, 'wf1', state);

    const again = loadTestRequests(storage, 'wf1', meta, nodes);
    expect(again.current.body).toBe('{"kept": true}');
    expect(Object.keys(again.samples)).toEqual(['adult']);
    expect(loadTestRequests(storage, 'wf2', meta, []).current.body).toBe('');
  });
  it('fall back to the pre-filled request when the stored text is broken or of another shape', () => {
    const storage = memoryStorage();
    storage.setItem(storageKey('wf1'), '{not json');
    expect(loadTestRequests(storage, 'wf1', meta, nodes).current.query).toEqual([['page', '2']]);
    storage.setItem(storageKey('wf1'), JSON.stringify({ current: { method: 1 }, samples: { bad: 'x' } }));
    const loaded = loadTestRequests(storage, 'wf1', meta, nodes);
    expect(loaded.samples).toEqual({});
    expect(loaded.current.query).toEqual([['page', '2']]);
  });
  it('keep working in memory when storage refuses to write', () => {
    const refusing = {
      getItem: () => null,
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => storeTestRequests(refusing, 'wf1', { current: {}, samples: {} })).not.toThrow();
  });
  it('pick, save over and remove samples by name; a blank name saves nothing', () => {
    const base = { current: { body: 'a' }, samples: {} };
    const saved = saveSample(base, 'one');
    expect(saveSample(base, '   ')).toBe(base);
    const edited = saveSample({ ...saved, current: { body: 'b' } }, 'one');
    expect(edited.samples.one.body).toBe('b');
    expect(pickSample({ ...edited, current: { body: 'c' } }, 'one').current.body).toBe('b');
    expect(pickSample(edited, 'missing')).toBe(edited);
    expect(removeSample(edited, 'one').samples).toEqual({});
  });
});
