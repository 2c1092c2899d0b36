// A test run's per-node trace, shaped for the canvas: status, total duration and entries per node.

export function traceByNode(trace) {
  const out = {};
  for (const entry of trace || []) {
    const t = (out[entry.nodeId] ||= { status: 'ok', durationMs: 0, entries: [] });
    t.entries.push(entry);
    t.durationMs = Math.round((t.durationMs + (entry.durationMs || 0)) * 1000) / 1000;
    if (entry.status === 'error') t.status = 'error';
  }
  return out;
}

/** Edges the run went along: the source ran and left through the edge's handle, and the target ran. */
export function traversedEdges(edges, byNode) {
  const taken = new Set();
  for (const e of edges) {
    const source = byNode[e.source];
    if (!source || !byNode[e.target]) continue;
    const handle = e.sourceHandle || 'default';
    if (source.entries.some((entry) => (entry.port || 'default') === handle)) {
      taken.add(e.id);
    }
  }
  return taken;
}

/** The name of the handle a trace entry left through, as the node type labels it (a loop's "done"); '' for the default. */
export function portLabel(catalog, entry) {
  if (!entry.port || entry.port === 'default') return '';
  return catalog.handleLabel(entry.type, entry.port) || entry.port;
}

/** 0.42 ms, 3.2 ms, 2146 ms. */
export function formatMs(ms) {
  if (ms == null) return '';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms)} ms`;
}
