import { buildCatalog } from './catalog.js';
import { DESCRIPTORS } from './descriptors.fixture.js';
import { fromWorkflow } from './document.js';

/** The catalog of the ten node types, as the server describes them. */
export const CATALOG = buildCatalog(DESCRIPTORS);

/** API Start → parameters (body.age) → condition (true → ok, false → no). */
export function ageWorkflow() {
  return fromWorkflow({
    name: 'Check age',
    method: 'POST',
    path: '/users/{id}/age',
    nodes: [
      { id: 'start', type: 'apiStart', data: {}, position: { x: 0, y: 0 } },
      {
        id: 'params',
        type: 'parameters',
        data: { sources: [{ from: 'body', parameters: { age: { type: 'integer' } } }] },
        position: { x: 0, y: 150 },
      },
      { id: 'cond', type: 'condition', data: { condition: 'true' }, position: { x: 0, y: 300 } },
      { id: 'ok', type: 'response', data: { status: 200 }, position: { x: 0, y: 450 } },
      { id: 'no', type: 'response', data: { status: 403 }, position: { x: 260, y: 450 } },
    ],
    edges: [
      { id: 'e1', source: 'start', target: 'params' },
      { id: 'e2', source: 'params', target: 'cond' },
      { id: 'e3', source: 'cond', target: 'ok', sourceHandle: 'true' },
      { id: 'e4', source: 'cond', target: 'no', sourceHandle: 'false' },
    ],
  });
}
