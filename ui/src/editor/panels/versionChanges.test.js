import { describe, expect, it } from 'vitest';
import { diffLines, diffSummary, documentDiff, nodeNamer, versionChanges } from './versionChanges.js';

const base = {
  method: 'POST',
  path: '/check',
  nodes: [
    { id: 'start', type: 'apiStart', data: {}, position: { x: 0, y: 0 } },
    { id: 'out', type: 'response', data: { status: 200, body: { a: 1, b: 2 } }, position: { x: 0, y: 100 } },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'out' }],
};

const withNodes = (doc, nodes, edges = doc.edges) => ({ ...doc, nodes, edges });

describe('versionChanges', () => {
  it('reports no changes when only positions and key order differ', () => {
    const moved = withNodes(base, [
      { ...base.nodes[0], position: { x: 50, y: 50 } },
      { ...base.nodes[1], data: { body: { b: 2, a: 1 }, status: 200 } },
    ]);
    expect(versionChanges(moved, base)).toBe('no changes');
  });

  it('does not count the route the editor copies into API Start', () => {
    const mirrored = withNodes(base, [{ ...base.nodes[0], data: { method: 'POST', path: '/check' } }, base.nodes[1]]);
    expect(versionChanges(mirrored, base)).toBe('no changes');
  });

  it('counts a node whose data changed', () => {
    const edited = withNodes(base, [base.nodes[0], { ...base.nodes[1], data: { status: 201, body: {} } }]);
    expect(versionChanges(edited, base)).toBe('1 node changed (out)');
  });

  it('counts a node whose type changed', () => {
    const retyped = withNodes(base, [base.nodes[0], { ...base.nodes[1], type: 'transform' }]);
    expect(documentDiff(base, retyped).nodesChanged).toEqual(['out']);
  });

  it('lists added and removed nodes and edges', () => {
    const grown = withNodes(
      base,
      [base.nodes[0], { id: 'mid', type: 'transform', data: {} }, { id: 'end', type: 'response', data: {} }],
      [
        { id: 'e1', source: 'start', target: 'mid' },
        { id: 'e2', source: 'mid', target: 'end' },
      ],
    );
    expect(versionChanges(grown, base)).toBe(
      '2 nodes added (mid, end), 1 node removed (out), 2 edges added, 1 edge removed',
    );
  });

  it('tells an edge moved to another handle apart from the same edge', () => {
    const rehandled = withNodes(base, base.nodes, [{ id: 'e1', source: 'start', sourceHandle: 'true', target: 'out' }]);
    expect(documentDiff(base, rehandled)).toMatchObject({ edgesAdded: 1, edgesRemoved: 1 });
  });

  it('reports method and path changes', () => {
    expect(versionChanges({ ...base, method: 'PUT', path: '/other' }, base)).toBe(
      'method POST → PUT, path /check → /other',
    );
  });

  it('reports a rename', () => {
    expect(versionChanges({ ...base, name: 'New' }, { ...base, name: 'Old' })).toBe('renamed from “Old”');
  });

  it('calls the first version the first version', () => {
    expect(versionChanges(base, undefined)).toBe('first version');
  });

  it('treats missing nodes and edges as empty', () => {
    expect(diffSummary(documentDiff({ method: 'GET', path: '/' }, { method: 'GET', path: '/' }))).toBe('no changes');
  });
});

describe('naming nodes in diffs', () => {
  const labelled = withNodes(base, [base.nodes[0], { ...base.nodes[1], data: { label: 'Answer', status: 201 } }]);
  const typeLabel = (type) => ({ apiStart: 'API Start', response: 'Response' })[type];

  it('names a node by its own label, else its type label, with the id second', () => {
    const nameOf = nodeNamer([labelled, base], typeLabel);
    expect(nameOf('out')).toBe('Answer (out)');
    expect(nameOf('start')).toBe('API Start (start)');
    expect(nameOf('gone')).toBe('gone');
    expect(versionChanges(labelled, base, nameOf)).toBe('1 node changed (Answer (out))');
  });

  it('finds removed nodes in the older document', () => {
    const shrunk = withNodes(base, [base.nodes[0]], []);
    const nameOf = nodeNamer([shrunk, labelled], typeLabel);
    expect(diffLines(documentDiff(labelled, shrunk), nameOf)).toEqual([
      'Nodes removed: Answer (out)',
      '1 edge removed',
    ]);
  });

  it('says so when nothing changed and lists route changes', () => {
    expect(diffLines(documentDiff(base, base))).toEqual(['No changes to nodes, edges or the route.']);
    expect(diffLines(documentDiff(base, { ...base, method: 'PUT', path: '/x' }))).toEqual([
      'Method POST → PUT',
      'Path /check → /x',
    ]);
  });
});
