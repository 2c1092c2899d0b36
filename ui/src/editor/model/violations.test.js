import { describe, expect, it } from 'vitest';
import { fieldMessages, placeViolations } from './violations.js';

const doc = {
  nodes: [{ id: 'start' }, { id: 'params' }, { id: 'cond' }],
  edges: [{ id: 'e1' }, { id: 'e2' }],
};

describe('placeViolations', () => {
  it('puts a node violation on the node at that index, with its top field', () => {
    const placed = placeViolations(
      [{ path: 'nodes[1].data.sources[0].from', code: 'INVALID_CONFIG', message: 'bad from', severity: 'error' }],
      doc,
    );
    expect(Object.keys(placed.byNode)).toEqual(['params']);
    expect(placed.byNode.params[0].field).toBe('sources');
    expect(placed.byNode.params[0].detail).toBe('sources[0].from');
    expect(placed.general).toEqual([]);
  });

  it('keeps node-level, edge and document problems apart', () => {
    const placed = placeViolations(
      [
        { path: 'nodes[2]', message: 'unreachable', severity: 'error' },
        { path: 'edges[1].target', message: 'dangling', severity: 'error' },
        { path: 'path', message: 'bad path', severity: 'error' },
      ],
      doc,
    );
    expect(placed.byNode.cond[0].field).toBeNull();
    expect(placed.byEdge.e2).toHaveLength(1);
    expect(placed.general.map((v) => v.message)).toEqual(['dangling', 'bad path']);
    expect(placed.count).toBe(3);
  });

  it('treats an index past the document as a general problem', () => {
    const placed = placeViolations([{ path: 'nodes[9].data.x', message: 'm' }], doc);
    expect(placed.byNode).toEqual({});
    expect(placed.general).toHaveLength(1);
  });
});

describe('fieldMessages', () => {
  it('lists the messages of one field only', () => {
    const list = [
      { field: 'condition', message: 'syntax' },
      { field: 'label', message: 'other' },
    ];
    expect(fieldMessages(list, 'condition')).toEqual(['syntax']);
  });
});
