import { describe, expect, it } from 'vitest';
import { copySelection, pasteCopies } from './clipboard.js';
import { ageWorkflow } from './fixtures.js';

describe('copy and paste', () => {
  it('copies the selected nodes and the edges between them, and pastes them with new ids', () => {
    const state = ageWorkflow();
    const selected = {
      ...state,
      nodes: state.nodes.map((n) => ({ ...n, selected: ['start', 'cond', 'ok'].includes(n.id) })),
    };
    const clip = copySelection(selected.nodes, selected.edges);
    expect(clip.nodes.map((n) => n.id)).toEqual(['cond', 'ok']);
    expect(clip.edges.map((e) => e.id)).toEqual(['e3']);
    const pasted = pasteCopies(clip, state.nodes, state.edges);
    expect(pasted.nodes.map((n) => n.id)).toEqual(['condition-1', 'response-1']);
    expect(pasted.edges[0]).toMatchObject({ source: 'condition-1', target: 'response-1', sourceHandle: 'true' });
    expect(pasted.nodes[0].position).toEqual({ x: 260, y: 300 });
  });
});
