import { describe, expect, it } from 'vitest';
import { addNode, connect, reconnect, removeNodes, setConfig } from './edits.js';
import { buildCatalog } from './catalog.js';
import { DESCRIPTORS, PASSWORD_HASH } from './descriptors.fixture.js';
import { CATALOG, ageWorkflow } from './fixtures.js';

const select = (state, id) => ({ ...state, nodes: state.nodes.map((n) => ({ ...n, selected: n.id === id })) });

describe('addNode', () => {
  it('connects a new node from the selected node free output', () => {
    const state = select(ageWorkflow(), 'cond');
    const withoutFalse = { ...state, edges: state.edges.filter((e) => e.id !== 'e4') };
    const next = addNode(CATALOG, withoutFalse, 'response', null, { x: 0, y: 0 });
    const added = next.nodes.find((n) => n.id === 'response-1');
    expect(added.selected).toBe(true);
    expect(next.edges.find((e) => e.target === 'response-1')).toMatchObject({ source: 'cond', sourceHandle: 'false' });
  });

  it('inserts between the selected node and its successor when its output is taken', () => {
    const next = addNode(CATALOG, select(ageWorkflow(), 'start'), 'logic', null, { x: 0, y: 0 });
    const edges = next.edges.map((e) => `${e.source}->${e.target}`);
    expect(edges).toContain('start->logic-1');
    expect(edges).toContain('logic-1->params');
    expect(edges).not.toContain('start->params');
    expect(next.nodes.find((n) => n.id === 'params').position.y).toBe(300);
  });

  it('places a dropped node where it was dropped, unconnected', () => {
    const next = addNode(CATALOG, ageWorkflow(), 'loop', { x: 40, y: 50 }, null);
    expect(next.nodes.find((n) => n.id === 'loop-1').position).toEqual({ x: 40, y: 50 });
    expect(next.edges).toHaveLength(4);
  });
});

describe('addNode with types the editor has no code for', () => {
  it('adds an eleventh described type with its defaults, connected from the selected node', () => {
    const catalog = buildCatalog([...DESCRIPTORS, PASSWORD_HASH]);
    const next = addNode(catalog, select(ageWorkflow(), 'params'), 'passwordHash', null, { x: 0, y: 0 });
    const added = next.nodes.find((n) => n.id === 'passwordHash-1');
    expect(added.data.config).toEqual({ label: 'Password Hash', mode: 'hash', password: '{{input.password}}' });
    expect(next.edges.map((e) => `${e.source}->${e.target}`)).toEqual(
      expect.arrayContaining(['params->passwordHash-1', 'passwordHash-1->cond']),
    );
  });

  it('leaves a node added after a response unconnected: a response has no output', () => {
    const catalog = buildCatalog([...DESCRIPTORS, PASSWORD_HASH]);
    expect(addNode(catalog, select(ageWorkflow(), 'ok'), 'passwordHash', null, { x: 0, y: 0 }).edges).toHaveLength(4);
  });

  it('adds a type no descriptor names with empty data, through its one output', () => {
    const next = addNode(CATALOG, select(ageWorkflow(), 'params'), 'httpRequest', null, { x: 0, y: 0 });
    expect(next.nodes.find((n) => n.id === 'httpRequest-1').data.config).toEqual({});
    expect(next.edges.map((e) => `${e.source}->${e.target}`)).toContain('httpRequest-1->cond');
  });
});

describe('connect', () => {
  it('replaces the edge that already left the same handle', () => {
    const next = connect(ageWorkflow(), { source: 'cond', target: 'ok', sourceHandle: 'false' });
    const fromFalse = next.edges.filter((e) => e.source === 'cond' && e.sourceHandle === 'false');
    expect(fromFalse).toHaveLength(1);
    expect(fromFalse[0].target).toBe('ok');
  });
});

describe('setConfig and removeNodes', () => {
  it('sets and unsets one field without touching the others', () => {
    const set = setConfig(ageWorkflow(), 'ok', 'body', { a: 1 });
    expect(set.nodes.find((n) => n.id === 'ok').data.config).toEqual({ status: 200, body: { a: 1 } });
    const unset = setConfig(set, 'ok', 'body', undefined);
    expect(unset.nodes.find((n) => n.id === 'ok').data.config).toEqual({ status: 200 });
  });

  it('removes nodes with their edges but never API Start', () => {
    const next = removeNodes(ageWorkflow(), ['cond', 'start']);
    expect(next.nodes.map((n) => n.id)).toEqual(['start', 'params', 'ok', 'no']);
    expect(next.edges.map((e) => e.id)).toEqual(['e1']);
  });
});

describe('splicing keeps the path on the continuing handle', () => {
  it('inserting a loop before a response leaves the response on done, not in the body', () => {
    const state = select(ageWorkflow(), 'cond');
    const next = addNode(CATALOG, select(state, 'cond'), 'loop', null, { x: 0, y: 0 });
    expect(next.edges.find((e) => e.source === 'cond' && e.sourceHandle === 'true').target).toBe('loop-1');
    expect(next.edges.filter((e) => e.source === 'loop-1')).toEqual([
      expect.objectContaining({ target: 'ok', sourceHandle: 'false' }),
    ]);
    expect(CATALOG.handleLabel('loop', 'false')).toBe('done');
  });

  it('inserting a single-output node keeps the old next node on its output', () => {
    const next = addNode(CATALOG, select(ageWorkflow(), 'params'), 'logic', null, { x: 0, y: 0 });
    expect(next.edges.filter((e) => e.source === 'logic-1')).toEqual([
      expect.objectContaining({ target: 'cond', sourceHandle: null }),
    ]);
  });
});

describe('delete and reconnect', () => {
  it('deleting a middle node connects its predecessor to its successor', () => {
    const next = removeNodes(ageWorkflow(), ['params']);
    expect(next.edges.map((e) => `${e.source}->${e.target}`)).toContain('start->cond');
  });

  it('the predecessor keeps the handle it left through', () => {
    const state = addNode(CATALOG, select(ageWorkflow(), 'cond'), 'logic', null, { x: 0, y: 0 });
    const next = removeNodes(state, ['logic-1']);
    expect(next.edges.find((e) => e.target === 'ok')).toMatchObject({ source: 'cond', sourceHandle: 'true' });
  });

  it('a node with two successors leaves its predecessor unconnected', () => {
    const next = removeNodes(ageWorkflow(), ['cond']);
    expect(next.edges.filter((e) => e.source === 'params')).toEqual([]);
  });

  it('deleting a chain does not bridge through the deleted nodes', () => {
    const next = removeNodes(ageWorkflow(), ['params', 'cond']);
    expect(next.edges).toEqual([]);
  });

  it('reconnects after the canvas deleted a node with its edges', () => {
    const state = ageWorkflow();
    const gone = {
      nodes: state.nodes.filter((n) => n.id === 'params'),
      edges: state.edges.filter((e) => e.id !== 'e3' && e.id !== 'e4'),
    };
    const after = {
      ...state,
      nodes: state.nodes.filter((n) => n.id !== 'params'),
      edges: state.edges.filter((e) => e.id === 'e3' || e.id === 'e4'),
    };
    const next = reconnect(after, gone.nodes, gone.edges);
    expect(next.edges.map((e) => `${e.source}->${e.target}`).sort()).toEqual(['cond->no', 'cond->ok', 'start->cond']);
  });
});

describe('splicing a branch', () => {
  it('inserting a condition keeps the old next node on true', () => {
    const next = addNode(CATALOG, select(ageWorkflow(), 'params'), 'condition', null, { x: 0, y: 0 });
    expect(next.edges.filter((e) => e.source === 'condition-1')).toEqual([
      expect.objectContaining({ target: 'cond', sourceHandle: 'true' }),
    ]);
  });

  it('a type without a role splices on its first output', () => {
    const catalog = buildCatalog([...DESCRIPTORS, PASSWORD_HASH]);
    const next = addNode(catalog, select(ageWorkflow(), 'params'), 'passwordHash', null, { x: 0, y: 0 });
    expect(next.edges.find((e) => e.source === 'passwordHash-1')).toMatchObject({ target: 'cond' });
  });
});
