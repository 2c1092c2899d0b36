// Between the server's workflow document and React Flow's nodes and edges. A React Flow node keeps the
// document's node type in data.kind and its config in data.config; nothing else is stored in a node.

/** The type of a workflow's one entry node: never deleted or copied, it mirrors the workflow's method and path. */
export const START_TYPE = 'apiStart';

export function toFlowEdge(edge) {
  const handle = edge.sourceHandle ?? null;
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    sourceHandle: handle,
    className: handle ? `edge-${handle}` : undefined,
    data: { handle },
  };
}

/** Edges labelled with the output each leaves from, as its node type names it (true, each, error ...). */
export function labelEdges(edges, nodes, catalog) {
  const kinds = new Map(nodes.map((n) => [n.id, n.data.kind]));
  return edges.map((e) => {
    const label = catalog.handleLabel(kinds.get(e.source), e.sourceHandle);
    return label === e.label ? e : { ...e, label };
  });
}

export function toFlowNode(node) {
  return {
    id: node.id,
    type: 'dp',
    position: { x: node.position?.x ?? 0, y: node.position?.y ?? 0 },
    data: { kind: node.type, config: node.data || {} },
    deletable: node.type !== START_TYPE,
  };
}

/** Editor state from a workflow as GET /v1/workflows/{id} answers it. */
export function fromWorkflow(workflow) {
  const nodes = (workflow.nodes || []).map(toFlowNode);
  const edges = (workflow.edges || []).map(toFlowEdge);
  return {
    meta: {
      name: workflow.name || '',
      method: workflow.method || 'GET',
      path: workflow.path || '/',
      log: workflow.log || null,
      masking: workflow.masking || null,
    },
    nodes,
    edges,
  };
}

/** A node's data as the document holds it: API Start mirrors the workflow's method and path. */
export function dataOf(kind, config, meta) {
  if (kind !== START_TYPE) return config;
  return { ...config, method: meta.method, path: meta.path };
}

/**
 * The workflow document to save, validate or export: method and path live once, API Start mirrors them.
 * The execution log and masking settings (not edited on the canvas) are carried through unchanged.
 */
export function toDocument(state) {
  const { meta, nodes, edges } = state;
  const doc = {
    name: meta.name,
    method: meta.method,
    path: meta.path,
    nodes: nodes.map((n) => ({
      id: n.id,
      type: n.data.kind,
      data: dataOf(n.data.kind, n.data.config, meta),
      position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
    })),
    edges: edges.map((e) => {
      const out = { id: e.id, source: e.source, target: e.target };
      if (e.sourceHandle) out.sourceHandle = e.sourceHandle;
      return out;
    }),
  };
  if (meta.log) doc.log = meta.log;
  if (meta.masking) doc.masking = meta.masking;
  return doc;
}

export function newNode(catalog, type, id, position) {
  return toFlowNode({ id, type, data: catalog.nodeType(type).defaults(), position });
}
