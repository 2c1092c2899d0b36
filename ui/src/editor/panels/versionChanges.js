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
const nodeKey = (node) => canonical({ type: node.type, data: node.data ?? {} });
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

/** A one-line summary of {@link documentDiff}, e.g. "1 node changed (response-1), 1 edge added". */
export function diffSummary(diff) {
  const parts = [];
  const nodes = (ids, verb) => ids.length && parts.push(`${count(ids.length, 'node')} ${verb} (${ids.join(', ')})`);
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

/** The summary of a version against the one before it; the first version has nothing to compare with. */
export function versionChanges(version, previous) {
  return previous ? diffSummary(documentDiff(previous, version)) : 'first version';
}
