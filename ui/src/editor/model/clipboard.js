import { START_TYPE } from './document.js';
import { nextEdgeId, nextNodeId } from './ids.js';

const GAP_X = 260;

/** The selected nodes (never API Start) and the edges between them. */
export function copySelection(nodes, edges) {
  const picked = nodes.filter((n) => n.selected && n.data.kind !== START_TYPE);
  const ids = new Set(picked.map((n) => n.id));
  return { nodes: picked, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
}

/** Copies with fresh ids, selected, to the right of the copied nodes so that none covers another; returns {nodes, edges} to add. */
export function pasteCopies(clip, existingNodes, existingEdges) {
  const xs = clip.nodes.map((n) => n.position.x);
  const shift = Math.max(...xs) - Math.min(...xs) + GAP_X;
  const taken = existingNodes.map((n) => n.id);
  const renamed = new Map();
  const nodes = clip.nodes.map((n) => {
    const id = nextNodeId(n.data.kind, taken);
    taken.push(id);
    renamed.set(n.id, id);
    return {
      ...n,
      id,
      selected: true,
      position: { x: n.position.x + shift, y: n.position.y },
      data: { ...n.data, config: structuredClone(n.data.config) },
    };
  });
  const edgeIds = existingEdges.map((e) => e.id);
  const edges = clip.edges.map((e) => {
    const source = renamed.get(e.source);
    const target = renamed.get(e.target);
    const id = nextEdgeId(source, target, e.sourceHandle, edgeIds);
    edgeIds.push(id);
    return { ...e, id, source, target, selected: false };
  });
  return { nodes, edges };
}
