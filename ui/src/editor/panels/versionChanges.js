import { START_TYPE } from '../model/document.js';

/** A stable text form of a JSON value: object keys sorted, so key order never counts as a change. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const byId = (items) => new Map((items ?? []).map((item) => [item.id, item]));
/** A node as compared: type and data; an API Start's method and path only mirror the workflow's, compared apart. */
function nodeKey(node) {
  const data = { ...(node.data ?? {}) };
  if (node.type === START_TYPE) {
    delete data.method;
    delete data.path;
  }
  return canonical({ type: node.type, data });
}
const edgeKey = (edge) => canonical([edge.source, edge.sourceHandle ?? null, edge.target, edge.targetHandle ?? null]);
const count = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What changed from {@code before} to {@code after} (workflow documents: method, path, nodes, edges).
 * Nodes are matched by id and compared by type and data (moving a node is no change); edges by their ends.
 */
export function documentDiff(before, after) {
  const oldNodes = byId(before.nodes);
  const newNodes = byId(after.nodes);
  const oldEdges = new Set((before.edges ?? []).map(edgeKey));
  const newEdges = new Set((after.edges ?? []).map(edgeKey));
  return {
    nodesAdded: [...newNodes.keys()].filter((id) => !oldNodes.has(id)),
    nodesRemoved: [...oldNodes.keys()].filter((id) => !newNodes.has(id)),
    nodesChanged: [...newNodes.keys()].filter(
      (id) => oldNodes.has(id) && nodeKey(oldNodes.get(id)) !== nodeKey(newNodes.get(id)),
    ),
    edgesAdded: [...newEdges].filter((key) => !oldEdges.has(key)).length,
    edgesRemoved: [...oldEdges].filter((key) => !newEdges.has(key)).length,
    name: before.name !== after.name ? [before.name, after.name] : null,
    method: before.method !== after.method ? [before.method, after.method] : null,
    path: before.path !== after.path ? [before.path, after.path] : null,
  };
}

/**
 * Names nodes as a person knows them: the label (the node's own, else its type's) with the id second, e.g.
 * "Check age (condition-1)"; a node found in none of the documents keeps its id.
 */
export function nodeNamer(documents, typeLabel = (type) => type) {
  const found = new Map();
  for (const doc of documents) for (const node of doc?.nodes ?? []) if (!found.has(node.id)) found.set(node.id, node);
  return (id) => {
    const node = found.get(id);
    if (!node) return id;
    const own = typeof node.data?.label === 'string' && node.data.label.trim() ? node.data.label.trim() : null;
    const label = own || typeLabel(node.type);
    return label && label !== id ? `${label} (${id})` : id;
  };
}

/** A one-line summary of {@link documentDiff}, e.g. "1 node changed (Answer (response-1)), 1 edge added". */
export function diffSummary(diff, nameOf = (id) => id) {
  const parts = [];
  const nodes = (ids, verb) =>
    ids.length && parts.push(`${count(ids.length, 'node')} ${verb} (${ids.map(nameOf).join(', ')})`);
  nodes(diff.nodesAdded, 'added');
  nodes(diff.nodesRemoved, 'removed');
  nodes(diff.nodesChanged, 'changed');
  if (diff.edgesAdded) parts.push(`${count(diff.edgesAdded, 'edge')} added`);
  if (diff.edgesRemoved) parts.push(`${count(diff.edgesRemoved, 'edge')} removed`);
  if (diff.name) parts.push(`renamed from “${diff.name[0]}”`);
  if (diff.method) parts.push(`method ${diff.method[0]} → ${diff.method[1]}`);
  if (diff.path) parts.push(`path ${diff.path[0]} → ${diff.path[1]}`);
  return parts.length ? parts.join(', ') : 'no changes';
}

/** The diff as lines for a confirm dialog: nodes added, removed and changed by name, then edges and the route. */
export function diffLines(diff, nameOf = (id) => id) {
  const lines = [];
  const nodes = (ids, verb) => ids.length && lines.push(`${verb}: ${ids.map(nameOf).join(', ')}`);
  nodes(diff.nodesAdded, 'Nodes added');
  nodes(diff.nodesRemoved, 'Nodes removed');
  nodes(diff.nodesChanged, 'Nodes changed');
  if (diff.edgesAdded) lines.push(`${count(diff.edgesAdded, 'edge')} added`);
  if (diff.edgesRemoved) lines.push(`${count(diff.edgesRemoved, 'edge')} removed`);
  if (diff.name) lines.push(`Renamed from “${diff.name[0]}” to “${diff.name[1]}”`);
  if (diff.method) lines.push(`Method ${diff.method[0]} → ${diff.method[1]}`);
  if (diff.path) lines.push(`Path ${diff.path[0]} → ${diff.path[1]}`);
  return lines.length ? lines : ['No changes to nodes, edges or the route.'];
}

/** The summary of a version against the one before it; the first version has nothing to compare with. */
export function versionChanges(version, previous, nameOf) {
  return previous ? diffSummary(documentDiff(previous, version), nameOf) : 'first version';
}
