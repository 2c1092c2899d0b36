// The test requests of a workflow, kept in the browser (local storage, keyed by workflow id): the current
// request and named samples. A workflow's first request is pre-filled from its declared parameters.
import { emptySample } from './sample.js';

const PREFIX = 'dotportion.test-requests.';
const EXAMPLES = {
  string: 'text',
  email: 'ada@example.com',
  number: 1,
  integer: 1,
  boolean: true,
  object: {},
  array: [],
};

export const storageKey = (workflowId) => `${PREFIX}${workflowId}`;

/** An example value for a declared parameter: its default, first allowed value, minimum, or one per type. */
export function exampleFor(spec = {}) {
  if (spec.default !== undefined) return spec.default;
  if (Array.isArray(spec.enum) && spec.enum.length) return spec.enum[0];
  if ((spec.type === 'integer' || spec.type === 'number') && typeof spec.min === 'number') return spec.min;
  return EXAMPLES[spec.type] ?? 'text';
}

/** The declared parameters of every parameters node ({from, parameters} sources), merged by where they come from. */
export function declaredParameters(nodes) {
  const declared = { body: {}, query: {}, headers: {}, params: {} };
  for (const node of nodes || []) {
    const sources = node.data?.config?.sources;
    if (!Array.isArray(sources)) continue;
    for (const source of sources) {
      if (declared[source?.from]) Object.assign(declared[source.from], source.parameters || {});
    }
  }
  return declared;
}

const rows = (params) => Object.entries(params).map(([name, spec]) => [name, String(exampleFor(spec))]);

/** A request with an example value for each declared parameter (body as pretty JSON). */
export function prefilledSample(meta, nodes) {
  const declared = declaredParameters(nodes);
  const body = Object.fromEntries(Object.entries(declared.body).map(([name, spec]) => [name, exampleFor(spec)]));
  return {
    ...emptySample(meta),
    params: rows(declared.params),
    query: rows(declared.query),
    headers: rows(declared.headers),
    body: Object.keys(body).length ? JSON.stringify(body, null, 2) : '',
  };
}

function isSample(value) {
  return (
    value &&
    typeof value === 'object' &&
    typeof value.method === 'string' &&
    typeof value.body === 'string' &&
    ['params', 'query', 'headers'].every((k) => Array.isArray(value[k]))
  );
}

/** {current, samples} as stored for the workflow, or a pre-filled request and no samples. */
export function loadTestRequests(storage, workflowId, meta, nodes) {
  let stored = null;
  try {
    stored = JSON.parse(storage?.getItem(storageKey(workflowId)) || 'null');
  } catch {
    stored = null;
  }
  const samples = {};
  for (const [name, sample] of Object.entries(stored?.samples || {})) {
    if (isSample(sample)) samples[name] = sample;
  }
  return { current: isSample(stored?.current) ? stored.current : prefilledSample(meta, nodes), samples };
}

export function storeTestRequests(storage, workflowId, state) {
  try {
    storage?.setItem(storageKey(workflowId), JSON.stringify(state));
  } catch {
    // Storage full or denied: the request lives on in memory for this visit.
  }
}

export function saveSample(state, name) {
  const trimmed = name.trim();
  if (!trimmed) return state;
  return { ...state, samples: { ...state.samples, [trimmed]: state.current } };
}

export function pickSample(state, name) {
  return state.samples[name] ? { ...state, current: state.samples[name] } : state;
}

export function removeSample(state, name) {
  const samples = { ...state.samples };
  delete samples[name];
  return { ...state, samples };
}
