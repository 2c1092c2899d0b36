// What `{{` can name from one node: the request, the previous node's output, earlier nodes' results.
import { ancestors, predecessors } from './graph.js';

const REQUEST = [
  ['request.body', 'the JSON body'],
  ['request.query', 'query parameters'],
  ['request.headers', 'headers (lowercase names)'],
  ['request.params', 'path parameters'],
  ['request.method', 'the HTTP method'],
  ['request.path', 'the request path'],
  ['request.ip', "the caller's address"],
];

function pathParams(path) {
  return [...(path || '').matchAll(/\{([^}/]+)\}/g)].map((m) => m[1]);
}

function declared(node) {
  return (node.data.config.sources || []).flatMap((s) =>
    Object.keys(s.parameters || {}).map((name) => ({ from: s.from, name })),
  );
}

function resultFields(node) {
  switch (node.data.kind) {
    case 'parameters':
      return declared(node).map((p) => p.name);
    case 'jwtGenerate':
      return ['token'];
    default:
      return [];
  }
}

/** The catalog names upstream nodes by their type's label when they have none of their own. */
export function suggestionsFor(catalog, nodeId, state) {
  const { meta, nodes, edges } = state;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = REQUEST.map(([path, detail]) => ({ path, detail }));
  pathParams(meta.path).forEach((p) => out.push({ path: `request.params.${p}`, detail: 'path parameter' }));
  const upstream = [...ancestors(nodeId, edges)].map((id) => byId.get(id)).filter(Boolean);
  upstream
    .filter((n) => n.data.kind === 'parameters')
    .flatMap(declared)
    .forEach((p) => out.push({ path: `request.${p.from}.${p.name}`, detail: 'declared parameter' }));
  out.push({ path: 'input', detail: 'output of the previous node' });
  predecessors(nodeId, edges)
    .map((id) => byId.get(id))
    .filter(Boolean)
    .flatMap(resultFields)
    .forEach((f) => out.push({ path: `input.${f}`, detail: 'from the previous node' }));
  for (const n of upstream) {
    const label = n.data.config.label || catalog.nodeType(n.data.kind).label;
    out.push({ path: `${n.id}.result`, detail: `output of ${label}` });
    resultFields(n).forEach((f) => out.push({ path: `${n.id}.result.${f}`, detail: label }));
  }
  if (upstream.some((n) => n.data.kind === 'loop')) {
    out.push({ path: 'loop.item', detail: 'current loop item' }, { path: 'loop.index', detail: 'current loop index' });
  }
  const seen = new Set();
  return out.filter((s) => !seen.has(s.path) && seen.add(s.path));
}
