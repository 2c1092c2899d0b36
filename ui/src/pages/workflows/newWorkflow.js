/** The smallest valid workflow: API Start straight to a Response. The editor takes it from there. */
export function newWorkflow(name, method, path) {
  return {
    name,
    method,
    path,
    nodes: [
      { id: 'start', type: 'apiStart', data: { label: 'API Start', method, path }, position: { x: 0, y: 0 } },
      {
        id: 'response-1',
        type: 'response',
        data: { label: 'API Response', status: 200, body: { ok: true } },
        position: { x: 0, y: 160 },
      },
    ],
    edges: [{ id: 'e-start-response-1', source: 'start', target: 'response-1' }],
  };
}
