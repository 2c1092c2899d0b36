import dagre from '@dagrejs/dagre';
import { START_TYPE } from './document.js';

const WIDTH = 220;
const HEIGHT = 90;

const handleOf = (e) => e.sourceHandle ?? null;

/** A node's leaving edges in the order of its handles (as the catalog lists them; error last). */
function orderedOut(edges, nodeId, handles) {
  const rank = (e) => {
    const i = handles ? handles.findIndex((h) => h.id === handleOf(e)) : -1;
    return handleOf(e) === 'error' ? 1e6 : i < 0 ? 1e5 : i;
  };
  return edges.filter((e) => e.source === nodeId).sort((a, b) => rank(a) - rank(b));
}

/**
 * The edges that go back to a node already on the way from the start (a loop body's return): a depth-first
 * walk in handle order from the start, then from any node not reached.
 */
export function backEdges(nodes, edges, catalog) {
  const handles = (id) => catalog?.outputHandles(nodes.find((n) => n.id === id)?.data?.kind);
  const back = new Set();
  const state = new Map();
  const visit = (id) => {
    state.set(id, 'open');
    for (const e of orderedOut(edges, id, handles(id))) {
      const s = state.get(e.target);
      if (s === 'open') back.add(e.id);
      else if (!s) visit(e.target);
    }
    state.set(id, 'done');
  };
  const starts = [...nodes].sort((a, b) => (b.data?.kind === START_TYPE) - (a.data?.kind === START_TYPE));
  starts.forEach((n) => state.has(n.id) || visit(n.id));
  return back;
}

/**
 * Dagre's crossing reduction does not know handle order; within each layer the nodes take the layer's
 * x slots in the order a handle-ordered walk from the start first reaches them (true before false, error last).
 */
function inHandleOrder(order, pointOf) {
  const layers = new Map();
  order.forEach((id) => {
    const p = pointOf(id);
    if (!layers.has(p.y)) layers.set(p.y, []);
    layers.get(p.y).push(id);
  });
  const centres = new Map();
  for (const [y, ids] of layers) {
    const slots = ids.map((id) => pointOf(id).x).sort((a, b) => a - b);
    ids.forEach((id, i) => centres.set(id, { x: slots[i], y }));
  }
  return centres;
}

/**
 * Top-to-bottom layered layout; returns nodes with new positions. Nodes and edges go to the layout in
 * handle order, so a condition's true branch lands left of its false branch and error branches to the
 * right; a loop's body (its first handle) sits beside the loop and its done path continues below; the
 * loop-back edges do not shape the layers.
 */
export function autoLayout(nodes, edges, catalog) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 50, ranksep: 70 });
  g.setDefaultEdgeLabel(() => ({}));
  const back = backEdges(nodes, edges, catalog);
  const loops = new Set(edges.filter((e) => back.has(e.id)).map((e) => e.target));
  const kindOf = new Map(nodes.map((n) => [n.id, n.data?.kind]));
  const size = (n) => ({ width: n.measured?.width || WIDTH, height: n.measured?.height || HEIGHT });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const order = [];
  const seen = new Set();
  const walk = (id) => {
    if (seen.has(id) || !byId.has(id)) return;
    seen.add(id);
    order.push(id);
    orderedOut(edges, id, catalog?.outputHandles(kindOf.get(id))).forEach((e) => walk(e.target));
  };
  nodes.filter((n) => n.data?.kind === START_TYPE).forEach((n) => walk(n.id));
  nodes.forEach((n) => walk(n.id));
  order.forEach((id) => g.setNode(id, size(byId.get(id))));
  order.forEach((id) => {
    const out = orderedOut(edges, id, catalog?.outputHandles(kindOf.get(id))).filter((e) => !back.has(e.id));
    out.forEach((e, i) => {
      if (!byId.has(e.target)) return;
      g.setEdge(id, e.target, { minlen: 1, weight: loops.has(id) && i === out.length - 1 ? 4 : 1 });
    });
  });
  dagre.layout(g);
  const centres = inHandleOrder(order, (id) => g.node(id));
  return nodes.map((n) => {
    const p = centres.get(n.id);
    const { width, height } = size(n);
    return { ...n, position: { x: Math.round(p.x - width / 2), y: Math.round(p.y - height / 2) } };
  });
}
