// Nodes on the system clipboard, so that they can be pasted into another workflow (or another tab): a JSON
// envelope {"dotportion": "nodes", "version": 1, "nodes": [...], "edges": [...]} whose nodes and edges have the
// workflow document's shape. Nodes name secrets, never hold their values, so the envelope carries names only;
// fields no node type describes are left out, as in an export.
import { START_TYPE, toFlowEdge, toFlowNode } from './document.js';

export const CLIP_KIND = 'nodes';
export const CLIP_VERSION = 1;
export const MAX_CLIP_NODES = 200;

const NOT_NODES = 'Nothing pasted: the clipboard holds no DotPortion nodes.';

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A node's data with only the fields its type describes (all of it when the type is unknown here). */
function describedData(catalog, kind, config) {
  const properties = catalog.nodeType(kind).descriptor?.configSchema?.properties;
  if (!properties) return structuredClone(config);
  return Object.fromEntries(
    Object.entries(config)
      .filter(([field]) => Object.hasOwn(properties, field))
      .map(([field, value]) => [field, structuredClone(value)]),
  );
}

/** The clipboard text for copied editor nodes and edges ({nodes, edges} as copySelection answers them). */
export function clipText(clip, catalog) {
  const nodes = clip.nodes.map((n) => ({
    id: n.id,
    type: n.data.kind,
    data: describedData(catalog, n.data.kind, n.data.config),
    position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
  }));
  const edges = clip.edges.map((e) => {
    const out = { id: e.id, source: e.source, target: e.target };
    if (e.sourceHandle) out.sourceHandle = e.sourceHandle;
    return out;
  });
  return JSON.stringify({ dotportion: CLIP_KIND, version: CLIP_VERSION, nodes, edges });
}

function envelope(text) {
  if (typeof text !== 'string' || !text.trim().startsWith('{')) return null;
  try {
    const value = JSON.parse(text);
    return isObject(value) && value.dotportion === CLIP_KIND ? value : null;
  } catch {
    return null;
  }
}

function readNode(raw) {
  if (!isObject(raw) || typeof raw.id !== 'string' || !raw.id || typeof raw.type !== 'string') return null;
  if (raw.type === START_TYPE) return null;
  const position = isObject(raw.position) ? raw.position : {};
  const coordinate = (v) => (Number.isFinite(v) ? v : 0);
  return toFlowNode({
    id: raw.id,
    type: raw.type,
    data: isObject(raw.data) ? raw.data : {},
    position: { x: coordinate(position.x), y: coordinate(position.y) },
  });
}

/**
 * The nodes and edges a clipboard text holds, in the editor's shape: `{clip: {nodes, edges}}`, or `{error}` (a
 * short sentence) when the text is not DotPortion nodes. API Start is never pasted; an edge is kept only when
 * both its ends are.
 */
export function readClip(text) {
  const value = envelope(text);
  if (!value) return { error: NOT_NODES };
  if (value.version !== CLIP_VERSION) return { error: 'Nothing pasted: these nodes come from another version.' };
  if (!Array.isArray(value.nodes) || !Array.isArray(value.edges)) return { error: NOT_NODES };
  if (value.nodes.length > MAX_CLIP_NODES) {
    return { error: `Nothing pasted: at most ${MAX_CLIP_NODES} nodes can be pasted at once.` };
  }
  const nodes = [];
  const ids = new Set();
  for (const raw of value.nodes) {
    const node = readNode(raw);
    if (node && !ids.has(node.id)) {
      ids.add(node.id);
      nodes.push(node);
    }
  }
  if (nodes.length === 0) return { error: 'Nothing pasted: the copied nodes hold no node to paste.' };
  const edges = value.edges
    .filter((e) => isObject(e) && typeof e.id === 'string' && ids.has(e.source) && ids.has(e.target))
    .map((e) => toFlowEdge({ ...e, sourceHandle: typeof e.sourceHandle === 'string' ? e.sourceHandle : null }));
  return { clip: { nodes, edges } };
}
