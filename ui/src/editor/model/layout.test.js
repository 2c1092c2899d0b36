import { describe, expect, it } from 'vitest';
import { autoLayout, backEdges } from './layout.js';
import { fromWorkflow } from './document.js';
import { CATALOG } from './fixtures.js';

const at = (x, y) => ({ x, y });

function workflow(nodes, edges) {
  return fromWorkflow({
    name: 'w',
    method: 'POST',
    path: '/w',
    nodes: nodes.map(([id, type]) => ({ id, type, data: {}, position: at(0, 0) })),
    edges: edges.map(([source, target, sourceHandle], i) => ({ id: `e${i}`, source, target, sourceHandle })),
  });
}

const laidOut = (state) =>
  Object.fromEntries(autoLayout(state.nodes, state.edges, CATALOG).map((n) => [n.id, n.position]));

describe('autoLayout', () => {
  it('puts a condition true branch left of its false branch even when the false edge came first', () => {
    const state = workflow(
      [
        ['start', 'apiStart'],
        ['cond', 'condition'],
        ['no', 'response'],
        ['yes', 'response'],
      ],
      [
        ['start', 'cond'],
        ['cond', 'no', 'false'],
        ['cond', 'yes', 'true'],
      ],
    );
    const p = laidOut(state);
    expect(p.yes.x).toBeLessThan(p.no.x);
    expect(p.yes.y).toBeGreaterThan(p.cond.y);
  });

  it('keeps true left of false for longer branches named in reverse', () => {
    const state = workflow(
      [
        ['start', 'apiStart'],
        ['z', 'logic'],
        ['cond', 'condition'],
        ['a', 'logic'],
        ['b', 'logic'],
        ['r1', 'response'],
        ['r2', 'response'],
      ],
      [
        ['start', 'cond'],
        ['cond', 'z', 'false'],
        ['z', 'r2'],
        ['cond', 'a', 'true'],
        ['a', 'b'],
        ['b', 'r1'],
      ],
    );
    const p = laidOut(state);
    expect(p.a.x).toBeLessThan(p.z.x);
    expect(p.b.x).toBeLessThan(p.r2.x);
  });

  it('puts an error branch right of the normal path', () => {
    const state = workflow(
      [
        ['start', 'apiStart'],
        ['fail', 'response'],
        ['code', 'logic'],
        ['ok', 'response'],
      ],
      [
        ['start', 'code'],
        ['code', 'fail', 'error'],
        ['code', 'ok'],
      ],
    );
    const p = laidOut(state);
    expect(p.ok.x).toBeLessThan(p.fail.x);
  });

  it('places a loop body beside the loop path and continues done below the loop', () => {
    const state = workflow(
      [
        ['start', 'apiStart'],
        ['loop', 'loop'],
        ['body', 'logic'],
        ['after', 'response'],
      ],
      [
        ['start', 'loop'],
        ['loop', 'after', 'false'],
        ['loop', 'body', 'true'],
        ['body', 'loop'],
      ],
    );
    const p = laidOut(state);
    expect(p.after.y).toBeGreaterThan(p.loop.y);
    expect(p.body.x).toBeLessThan(p.after.x);
    expect([...backEdges(state.nodes, state.edges, CATALOG)]).toEqual(['e3']);
  });
});
