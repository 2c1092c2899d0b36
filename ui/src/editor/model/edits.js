// Pure edits of the editor state ({meta, nodes, edges}); each returns a new state.
import { START_TYPE, newNode, toFlowEdge } from './document.js';
import { freeHandle } from './graph.js';
import { nextEdgeId, nextNodeId } from './ids.js';

const STEP_Y = 150;
const STEP_X = 260;

function freeSpot(nodes, at) {
  const spot = { ...at };
  while (nodes.some((n) => Math.abs(n.position.x - spot.x) < 180 && Math.abs(n.position.y - spot.y) < 80))
    spot.x += STEP_X;
  return spot;
}

export function connect(state, { source, target, sourceHandle }) {
  const handle = sourceHandle ?? null;
  const kept = state.edges.filter((e) => !(e.source === source && (e.sourceHandle ?? null) === handle));
  const id = nextEdgeId(
    source,
    target,
    handle,
    kept.map((e) => e.id),
  );
  return { ...state, edges: [...kept, toFlowEdge({ id, source, target, sourceHandle: handle })] };
}

function downstream(edges, start) {
  const seen = new Set();
  const queue = [start];
  while (queue.length) {
    const id = queue.shift();
    if (seen.has(id)) continue;
    seen.add(id);
    edges.filter((e) => e.source === id).forEach((e) => queue.push(e.target));
  }
  return seen;
}

/**
 * The handle the path goes on through a node spliced into it: a loop's last output ("done", not its "each"
 * body), any other node's first (a condition's true).
 */
export function continuation(catalog, kind) {
  const outs = catalog.outputHandles(kind).filter((h) => h.id !== 'error');
  return catalog.nodeType(kind).role === 'loop' ? outs.at(-1) : outs[0];
}

/** Puts a new node on the edge that leaves `from` through its first output: from → node → old target. */
function insertAfter(catalog, state, from, node) {
  const firstOut = catalog.outputHandles(from.data.kind).find((h) => h.id !== 'error');
  const edge = firstOut && state.edges.find((e) => e.source === from.id && (e.sourceHandle ?? null) === firstOut.id);
  const nodeOut = continuation(catalog, node.data.kind);
  if (!edge || !nodeOut) return null;
  const moved = downstream(state.edges, edge.target);
  moved.delete(from.id);
  const nodes = state.nodes.map((n) => {
    const base = n.selected ? { ...n, selected: false } : n;
    return moved.has(n.id) ? { ...base, position: { ...n.position, y: n.position.y + STEP_Y } } : base;
  });
  const kept = { ...state, nodes: [...nodes, node], edges: state.edges.filter((e) => e.id !== edge.id) };
  const linked = connect(kept, { source: from.id, target: node.id, sourceHandle: edge.sourceHandle ?? null });
  return connect(linked, { source: node.id, target: edge.target, sourceHandle: nodeOut.id });
}

/**
 * Adds a node of a type. With a position it goes there. Otherwise, after the one selected node: connected
 * from its first free output, or inserted on its first output's edge; with no selection, at `fallback`.
 * The catalog gives the type's handles and starting data.
 */
export function addNode(catalog, state, type, position, fallback) {
  const id = nextNodeId(
    type,
    state.nodes.map((n) => n.id),
  );
  const selected = state.nodes.filter((n) => n.selected);
  const from = !position && selected.length === 1 ? selected[0] : null;
  const accepts = catalog.nodeType(type).input;
  const handle = from && accepts ? freeHandle(catalog, from, state.edges) : undefined;
  if (from && accepts && !handle) {
    const below = { x: from.position.x, y: from.position.y + STEP_Y };
    const inserted = insertAfter(catalog, state, from, { ...newNode(catalog, type, id, below), selected: true });
    if (inserted) return inserted;
  }
  let at = position || fallback;
  if (from) at = { x: from.position.x + (handle?.id === 'false' ? STEP_X : 0), y: from.position.y + STEP_Y };
  const node = { ...newNode(catalog, type, id, position ? at : freeSpot(state.nodes, at)), selected: true };
  const next = { ...state, nodes: [...state.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), node] };
  return handle ? connect(next, { source: from.id, target: id, sourceHandle: handle.id }) : next;
}

export function setConfig(state, nodeId, field, value) {
  return {
    ...state,
    nodes: state.nodes.map((n) => {
      if (n.id !== nodeId) return n;
      const config = { ...n.data.config };
      if (value === undefined) delete config[field];
      else config[field] = value;
      return { ...n, data: { ...n.data, config } };
    }),
  };
}

export function replaceConfig(state, nodeId, config) {
  return { ...state, nodes: state.nodes.map((n) => (n.id === nodeId ? { ...n, data: { ...n.data, config } } : n)) };
}

/**
 * The edges that keep a path whole when nodes go: a gone node with one predecessor and one successor (its
 * error edge aside), both kept, gives predecessor → successor through the predecessor's handle.
 */
export function bridges(gone, edges) {
  return [...gone].flatMap((id) => {
    const into = edges.filter((e) => e.target === id && e.source !== id);
    const out = edges.filter((e) => e.source === id && e.target !== id && e.sourceHandle !== 'error');
    if (into.length !== 1 || out.length !== 1 || gone.has(into[0].source) || gone.has(out[0].target)) return [];
    if (into[0].source === out[0].target) return [];
    return [{ source: into[0].source, target: out[0].target, sourceHandle: into[0].sourceHandle ?? null }];
  });
}

/** Connects the bridges of nodes the canvas deleted (with the edges it deleted with them). */
export function reconnect(state, deletedNodes, deletedEdges) {
  const gone = new Set(deletedNodes.map((n) => n.id));
  const kept = new Set(state.nodes.map((n) => n.id));
  return bridges(gone, deletedEdges)
    .filter((b) => kept.has(b.source) && kept.has(b.target))
    .reduce((s, bridge) => connect(s, bridge), state);
}

/** Removes nodes (never API Start) and their edges, keeping paths through a removed middle node whole. */
export function removeNodes(state, ids) {
  const wanted = new Set(ids);
  const gone = new Set(state.nodes.filter((n) => wanted.has(n.id) && n.data.kind !== START_TYPE).map((n) => n.id));
  const kept = {
    ...state,
    nodes: state.nodes.filter((n) => !gone.has(n.id)),
    edges: state.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
  return bridges(gone, state.edges).reduce((s, bridge) => connect(s, bridge), kept);
}

export function selectOnly(state, nodeId) {
  return {
    ...state,
    nodes: state.nodes.map((n) => (n.selected === (n.id === nodeId) ? n : { ...n, selected: n.id === nodeId })),
    edges: state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
  };
}
