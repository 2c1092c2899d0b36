import { describe, expect, it } from 'vitest';
import { copySelection, pasteCopies } from './clipboard.js';
import { fromWorkflow } from './document.js';
import { CATALOG, ageWorkflow } from './fixtures.js';
import { MAX_CLIP_NODES, clipText, readClip } from './nodeClipboard.js';

function selected(state, ids) {
  return { ...state, nodes: state.nodes.map((n) => ({ ...n, selected: ids.includes(n.id) })) };
}

function signedWorkflow() {
  return fromWorkflow({
    name: 'Sign',
    method: 'POST',
    path: '/sign',
    nodes: [
      { id: 'start', type: 'apiStart', data: {}, position: { x: 0, y: 0 } },
      {
        id: 'sign',
        type: 'jwtGenerate',
        data: { label: 'Sign the token', secret: 'jwt', payload: { sub: '{{input.id}}' }, stale: 'gone' },
        position: { x: 10.4, y: 150 },
      },
      { id: 'ok', type: 'response', data: { label: 'Token', status: 200 }, position: { x: 0, y: 300 } },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'sign' },
      { id: 'e2', source: 'sign', target: 'ok' },
    ],
  });
}

describe('clipText', () => {
  it('writes a recognisable envelope of document nodes and their internal edges', () => {
    const state = selected(ageWorkflow(), ['cond', 'ok']);
    const value = JSON.parse(clipText(copySelection(state.nodes, state.edges), CATALOG));
    expect(value).toMatchObject({ dotportion: 'nodes', version: 1 });
    expect(value.nodes.map((n) => [n.id, n.type])).toEqual([
      ['cond', 'condition'],
      ['ok', 'response'],
    ]);
    expect(value.edges).toEqual([{ id: 'e3', source: 'cond', target: 'ok', sourceHandle: 'true' }]);
  });

  it('keeps labels and secret names and leaves out fields no node type describes', () => {
    const state = selected(signedWorkflow(), ['sign']);
    const value = JSON.parse(clipText(copySelection(state.nodes, state.edges), CATALOG));
    expect(value.nodes[0].data).toEqual({ label: 'Sign the token', secret: 'jwt', payload: { sub: '{{input.id}}' } });
    expect(value.nodes[0].position).toEqual({ x: 10, y: 150 });
  });

  it('never copies API Start', () => {
    const state = selected(ageWorkflow(), ['start']);
    expect(copySelection(state.nodes, state.edges).nodes).toEqual([]);
  });
});

describe('readClip', () => {
  it('reads copied nodes back and pastes them into another workflow with fresh ids and labels kept', () => {
    const from = selected(signedWorkflow(), ['sign', 'ok']);
    const read = readClip(clipText(copySelection(from.nodes, from.edges), CATALOG));
    const into = ageWorkflow();
    const pasted = pasteCopies(read.clip, into.nodes, into.edges);
    expect(pasted.nodes.map((n) => n.id)).toEqual(['jwtGenerate-1', 'response-1']);
    expect(pasted.nodes.map((n) => n.data.config.label)).toEqual(['Sign the token', 'Token']);
    expect(pasted.edges).toHaveLength(1);
    expect(pasted.edges[0]).toMatchObject({ source: 'jwtGenerate-1', target: 'response-1', sourceHandle: null });
    expect(pasted.nodes[0].position.x).toBeGreaterThan(10);
  });

  it('ignores text that is not nodes, saying so in one sentence', () => {
    for (const text of ['', 'hello', '{"name": "x"}', '[1, 2]', '{not json', JSON.stringify({ dotportion: 'x' })]) {
      const read = readClip(text);
      expect(read.clip).toBeUndefined();
      expect(read.error).toMatch(/^Nothing pasted: /);
    }
  });

  it('refuses another envelope version and too many nodes', () => {
    expect(readClip(JSON.stringify({ dotportion: 'nodes', version: 2, nodes: [], edges: [] })).error).toMatch(
      /another version/,
    );
    const many = Array.from({ length: MAX_CLIP_NODES + 1 }, (_, i) => ({ id: `n${i}`, type: 'logic' }));
    expect(readClip(JSON.stringify({ dotportion: 'nodes', version: 1, nodes: many, edges: [] })).error).toMatch(
      /at most/,
    );
  });

  it('drops API Start, broken nodes, duplicate ids and edges whose ends are not pasted', () => {
    const text = JSON.stringify({
      dotportion: 'nodes',
      version: 1,
      nodes: [
        { id: 'start', type: 'apiStart', data: {} },
        { id: 'a', type: 'logic', data: { code: 'return 1;' }, position: { x: 'far', y: 5 } },
        { id: 'a', type: 'response', data: {} },
        { id: 7, type: 'logic' },
        'nope',
        { id: 'b', type: 'response' },
      ],
      edges: [
        { id: 'e1', source: 'start', target: 'a' },
        { id: 'e2', source: 'a', target: 'b' },
        { id: 'e3', source: 'a', target: 'missing' },
      ],
    });
    const { clip } = readClip(text);
    expect(clip.nodes.map((n) => [n.id, n.data.kind])).toEqual([
      ['a', 'logic'],
      ['b', 'response'],
    ]);
    expect(clip.nodes[0].position).toEqual({ x: 0, y: 5 });
    expect(clip.nodes[1].data.config).toEqual({});
    expect(clip.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('says so when the envelope holds only API Start', () => {
    const text = JSON.stringify({ dotportion: 'nodes', version: 1, nodes: [{ id: 's', type: 'apiStart' }], edges: [] });
    expect(readClip(text).error).toMatch(/no node to paste/);
  });
});
