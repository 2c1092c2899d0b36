// Server validation answers name a JSON path into the document that was sent
// (`nodes[2].data.sources[0].from`). Map each one back to its node (by index in that document) and field.

const NODE_PATH = /^nodes\[(\d+)\](?:\.data\.?([A-Za-z0-9_$-]+)?(.*))?/;
const EDGE_PATH = /^edges\[(\d+)\]/;

export function placeViolations(violations, doc) {
  const byNode = {};
  const byEdge = {};
  const general = [];
  for (const v of violations || []) {
    const path = v.path || '';
    const node = NODE_PATH.exec(path);
    const edge = EDGE_PATH.exec(path);
    if (node && doc.nodes[Number(node[1])]) {
      const id = doc.nodes[Number(node[1])].id;
      const field = node[2] || null;
      (byNode[id] ||= []).push({ ...v, field, detail: field ? `${field}${node[3] || ''}` : '' });
    } else if (edge && doc.edges[Number(edge[1])]) {
      (byEdge[doc.edges[Number(edge[1])].id] ||= []).push(v);
      general.push(v);
    } else {
      general.push(v);
    }
  }
  return { byNode, byEdge, general, count: (violations || []).length };
}

export const NO_VIOLATIONS = { byNode: {}, byEdge: {}, general: [], count: 0 };

/** Messages for one field of a node, errors first. */
export function fieldMessages(nodeViolations, field) {
  return (nodeViolations || []).filter((v) => v.field === field).map((v) => v.message);
}

export function errorsOnly(violations) {
  return (violations || []).filter((v) => v.severity !== 'warning');
}
