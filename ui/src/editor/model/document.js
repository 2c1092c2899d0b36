import { nodeType } from './catalog.js';

// Between the server's workflow document and React Flow's nodes and edges. A React Flow node keeps the
// document's node type in data.kind and its config in data.config; nothing else is stored in a node.

const HANDLE_LABELS = { true: 'true', false: 'false', error: 'error' };

export function edgeLabel(sourceKind, handle) {
  if (sourceKind === 'loop' && handle === 'true') return 'each';
  if (sourceKind === 'loop' && handle === 'false') return 'done';
  return HANDLE_LABELS[handle] || undefined;
}

export function toFlowEdge(edge, kindOf) {
  const handle = edge.sourceHandle ?? null;
  const label = edgeLabel(kindOf(edge.source), handle);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    sourceHandle: handle,
    label,
    className: handle ? `edge-${handle}` : undefined,
    data: { handle },
  };
}

export function toFlowNode(node) {
  return {
    id: node.id,
    type: 'dp',
    position: { x: node.position?.x ?? 0, y: node.position?.y ?? 0 },
    data: { kind: node.type, config: node.data || {} },
    deletable: node.type !== 'apiStart',
  };
}

/** Editor state from a workflow as GET /v1/workflows/{id} answers it. */
export function fromWorkflow(workflow) {
  const nodes = (workflow.nodes || []).map(toFlowNode);
  const kinds = new Map(nodes.map((n) => [n.id, n.data.kind]));
  const edges = (workflow.edges || []).map((e) => toFlowEdge(e, (id) => kinds.get(id)));
  return {
    meta: { name: workflow.name || '', method: workflow.method || 'GET', path: workflow.path || '/', log: workflow.log || null },
    nodes,
    edges,
  };
}

function configFor(node, meta) {
  const config = node.data.config;
  if (node.data.kind !== 'apiStart') return config;
  return { ...config, method: meta.method, path: meta.path };
}

/**
 * The workflow document to save, validate or export: method and path live once, API Start mirrors them.
 * The execution log setting (not edited on the canvas) is carried through unchanged.
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
      data: configFor(n, meta),
      position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
    })),
    edges: edges.map((e) => {
      const out = { id: e.id, source: e.source, target: e.target };
      if (e.sourceHandle) out.sourceHandle = e.sourceHandle;
      return out;
    }),
  };
  if (meta.log) doc.log = meta.log;
  return doc;
}

export function newNode(type, id, position) {
  return toFlowNode({ id, type, data: nodeType(type).defaults(), position });
}
