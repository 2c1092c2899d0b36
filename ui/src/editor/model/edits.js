// Pure edits of the editor state ({meta, nodes, edges}); each returns a new state.
import { nodeType } from './catalog.js';
import { newNode, toFlowEdge } from './document.js';
import { freeHandle } from './graph.js';
import { nextEdgeId, nextNodeId } from './ids.js';

const STEP_Y = 150;
const STEP_X = 260;

function kindOf(state) {
  const kinds = new Map(state.nodes.map((n) => [n.id, n.data.kind]));
  return (id) => kinds.get(id);
}

function freeSpot(nodes, at) {
  const spot = { ...at };
  while (nodes.some((n) => Math.abs(n.position.x - spot.x) < 180 && Math.abs(n.position.y - spot.y) < 80)) spot.x += STEP_X;
  return spot;
}

export function connect(state, { source, target, sourceHandle }) {
  const handle = sourceHandle ?? null;
  const kept = state.edges.filter((e) => !(e.source === source && (e.sourceHandle ?? null) === handle));
  const id = nextEdgeId(source, target, handle, kept.map((e) => e.id));
  return { ...state, edges: [...kept, toFlowEdge({ id, source, target, sourceHandle: handle }, kindOf(state))] };
}

/**
 * Adds a node of a type. With a position it goes there; otherwise after the one selected node (connected
 * from its first free output), or at `fallback`.
 */
export function addNode(state, type, position, fallback) {
  const id = nextNodeId(type, state.nodes.map((n) => n.id));
  const selected = state.nodes.filter((n) => n.selected);
  const from = !position && selected.length === 1 ? selected[0] : null;
  const handle = from && nodeType(type).input ? freeHandle(from, state.edges) : undefined;
  let at = position || fallback;
  if (from) at = { x: from.position.x + (handle?.id === 'false' ? STEP_X : 0), y: from.position.y + STEP_Y };
  const node = { ...newNode(type, id, position ? at : freeSpot(state.nodes, at)), selected: true };
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

export function removeNodes(state, ids) {
  const gone = new Set(ids);
  return {
    ...state,
    nodes: state.nodes.filter((n) => !gone.has(n.id) || n.data.kind === 'apiStart'),
    edges: state.edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
  };
}

export function selectOnly(state, nodeId) {
  return {
    ...state,
    nodes: state.nodes.map((n) => (n.selected === (n.id === nodeId) ? n : { ...n, selected: n.id === nodeId })),
    edges: state.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
  };
}
