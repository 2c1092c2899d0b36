// The node types the server describes (GET /v1/node-types): how each looks, which handles it has, its
// starting data and its one-line summary. Nothing here knows a node type by name.
import { summaryLine } from './summary.js';

const UNKNOWN_COLOR = '#94a3b8';
const DEFAULT_PORT = 'default';
const ONE_OUTPUT = [{ id: null, label: '' }];
const ERROR_HANDLE = { id: 'error', label: 'error' };

/** The editor keeps the default output as "no sourceHandle" (null), as the workflow document does. */
function handle(port) {
  return { id: port.id === DEFAULT_PORT ? null : port.id, label: port.label || '' };
}

function fromDescriptor(d) {
  const ports = d.ports || {};
  const ui = d.ui || {};
  const defaults = d.defaults || {};
  return {
    type: d.id,
    known: true,
    label: d.label || d.id,
    category: d.category || 'other',
    role: d.role || 'step',
    icon: ui.icon || (d.label || d.id).slice(0, 1),
    color: ui.color || UNKNOWN_COLOR,
    description: d.summary || '',
    input: ports.input !== false,
    outputs: Array.isArray(ports.outputs) ? ports.outputs.map(handle) : ONE_OUTPUT,
    errorHandle: Boolean(ports.error),
    defaults: () => ({ label: d.label || d.id, ...structuredClone(defaults) }),
    summary: (data) => summaryLine(d, data),
    descriptor: d,
  };
}

function unknownType(type) {
  return {
    type,
    known: false,
    label: 'Unknown node',
    category: 'other',
    role: 'step',
    icon: '?',
    color: UNKNOWN_COLOR,
    description: 'A node type this server does not know',
    input: true,
    outputs: ONE_OUTPUT,
    errorHandle: false,
    defaults: () => ({}),
    summary: () => 'not supported here',
    descriptor: null,
  };
}

/**
 * The editor's view of a list of descriptors: `types` in the server's order, `nodeType(id)` (an "Unknown
 * node" for an id not described), `outputHandles(id)` and `handleLabel(id, handle)`.
 */
export function buildCatalog(descriptors) {
  const types = (Array.isArray(descriptors) ? descriptors : [])
    .filter((d) => d && typeof d.id === 'string')
    .map(fromDescriptor);
  const byType = new Map(types.map((t) => [t.type, t]));
  const nodeType = (type) => byType.get(type) || unknownType(type);
  const outputHandles = (type) => {
    const t = nodeType(type);
    return t.errorHandle ? [...t.outputs, ERROR_HANDLE] : t.outputs;
  };
  const handleLabel = (type, id) => {
    const found = outputHandles(type).find((h) => h.id === (id ?? null));
    return (found ? found.label : id) || undefined;
  };
  return { types, nodeType, outputHandles, handleLabel };
}

export const EMPTY_CATALOG = buildCatalog([]);
