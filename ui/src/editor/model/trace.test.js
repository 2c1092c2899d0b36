import { describe, expect, it } from 'vitest';
import { CATALOG, ageWorkflow } from './fixtures.js';
import { formatMs, portLabel, traceByNode, traversedEdges } from './trace.js';

const trace = [
  { nodeId: 'start', status: 'ok', port: 'default', durationMs: 0.5 },
  { nodeId: 'params', status: 'ok', port: 'default', durationMs: 1.25 },
  { nodeId: 'cond', status: 'ok', port: 'false', durationMs: 3 },
  { nodeId: 'no', status: 'ok', port: null, durationMs: 0.1 },
];

describe('trace on the canvas', () => {
  it('groups entries by node and finds the edges the run took', () => {
    const byNode = traceByNode(trace);
    expect(byNode.cond).toMatchObject({ status: 'ok', durationMs: 3 });
    expect(byNode.ok).toBeUndefined();
    expect([...traversedEdges(ageWorkflow().edges, byNode)].sort()).toEqual(['e1', 'e2', 'e4']);
  });

  it('marks a node that failed in any pass', () => {
    const byNode = traceByNode([
      { nodeId: 'x', status: 'ok', durationMs: 1 },
      { nodeId: 'x', status: 'error', durationMs: 2 },
    ]);
    expect(byNode.x).toMatchObject({ status: 'error', durationMs: 3 });
    expect(byNode.x.entries).toHaveLength(2);
  });

  it('formats durations for people', () => {
    expect(formatMs(0.123)).toBe('0.12 ms');
    expect(formatMs(3.21)).toBe('3.2 ms');
    expect(formatMs(2145.554)).toBe('2146 ms');
  });
});

describe('portLabel', () => {
  it('names a loop leaving through done as done, not false', () => {
    expect(portLabel(CATALOG, { type: 'loop', port: 'false' })).toBe('done');
    expect(portLabel(CATALOG, { type: 'loop', port: 'true' })).toBe('each');
  });

  it('keeps a condition false and names nothing for the default port', () => {
    expect(portLabel(CATALOG, { type: 'condition', port: 'false' })).toBe('false');
    expect(portLabel(CATALOG, { type: 'logic', port: 'default' })).toBe('');
    expect(portLabel(CATALOG, { type: 'logic', port: 'error' })).toBe('error');
  });
});
