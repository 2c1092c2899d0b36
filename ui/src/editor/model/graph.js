// Graph questions the editor asks: who comes before a node, which handle is still free.
export function ancestors(nodeId, edges) {
  const incoming = new Map();
  for (const e of edges) {
    if (!incoming.has(e.target)) incoming.set(e.target, []);
    incoming.get(e.target).push(e.source);
  }
  const seen = new Set();
  const queue = [...(incoming.get(nodeId) || [])];
  while (queue.length) {
    const id = queue.shift();
    if (seen.has(id) || id === nodeId) continue;
    seen.add(id);
    queue.push(...(incoming.get(id) || []));
  }
  return seen;
}

export function predecessors(nodeId, edges) {
  return edges.filter((e) => e.target === nodeId).map((e) => e.source);
}

/** The first output handle of a node with no edge leaving it (the error handle is never chosen), or undefined. */
export function freeHandle(catalog, node, edges) {
  const used = new Set(edges.filter((e) => e.source === node.id).map((e) => e.sourceHandle ?? null));
  return catalog
    .outputHandles(node.data.kind)
    .filter((h) => h.id !== 'error')
    .find((h) => !used.has(h.id));
}
