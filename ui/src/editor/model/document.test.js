import { describe, expect, it } from 'vitest';
import { fromWorkflow, labelEdges, toDocument } from './document.js';
import { CATALOG, ageWorkflow } from './fixtures.js';

describe('document round trip', () => {
  it('labels branch edges and gives the document back unchanged but for API Start', () => {
    const state = ageWorkflow();
    const labelled = labelEdges(state.edges, state.nodes, CATALOG);
    expect(labelled.find((e) => e.id === 'e3').label).toBe('true');
    expect(labelled.find((e) => e.id === 'e1').label).toBeUndefined();
    const doc = toDocument(state);
    expect(doc.edges).toEqual([
      { id: 'e1', source: 'start', target: 'params' },
      { id: 'e2', source: 'params', target: 'cond' },
      { id: 'e3', source: 'cond', target: 'ok', sourceHandle: 'true' },
      { id: 'e4', source: 'cond', target: 'no', sourceHandle: 'false' },
    ]);
    expect(doc.nodes[1]).toEqual({
      id: 'params',
      type: 'parameters',
      data: { sources: [{ from: 'body', parameters: { age: { type: 'integer' } } }] },
      position: { x: 0, y: 150 },
    });
  });

  it('keeps method and path in one place: API Start mirrors the workflow', () => {
    const state = ageWorkflow();
    const doc = toDocument({ ...state, meta: { ...state.meta, method: 'PUT', path: '/x' } });
    expect(doc.method).toBe('PUT');
    expect(doc.nodes[0].data).toEqual({ method: 'PUT', path: '/x' });
  });

  it('carries the execution log setting through a save, and adds none when the workflow has none', () => {
    const workflow = { name: 'w', method: 'GET', path: '/w', nodes: [], edges: [], log: { mode: 'sample', rate: 0.1 } };
    expect(toDocument(fromWorkflow(workflow)).log).toEqual({ mode: 'sample', rate: 0.1 });
    expect(toDocument(fromWorkflow({ ...workflow, log: null }))).not.toHaveProperty('log');
  });

  it('carries the masking setting through a save, and adds none when the workflow has none', () => {
    const masking = { names: false, extraNames: ['ssn'] };
    const workflow = { name: 'w', method: 'GET', path: '/w', nodes: [], edges: [], masking };
    expect(toDocument(fromWorkflow(workflow)).masking).toEqual(masking);
    expect(toDocument(fromWorkflow({ ...workflow, masking: null }))).not.toHaveProperty('masking');
  });
});
