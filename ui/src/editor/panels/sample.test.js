import { describe, expect, it } from 'vitest';
import { toTestRequest } from './sample.js';

describe('toTestRequest', () => {
  const meta = { method: 'POST', path: '/users/{id}' };
  it('sends every path parameter, the query, headers and the parsed body', () => {
    const sample = {
      method: 'POST',
      params: [['id', '7']],
      query: [['q', 'x']],
      headers: [['X-A', '1']],
      body: '{"a":1}',
    };
    expect(toTestRequest(sample, meta)).toEqual({
      request: { method: 'POST', params: { id: '7' }, query: { q: 'x' }, headers: { 'X-A': '1' }, body: { a: 1 } },
    });
  });
  it('refuses a body that is not JSON', () => {
    expect(toTestRequest({ method: 'POST', params: [], query: [], headers: [], body: '{' }, meta).error).toBeTruthy();
  });
});
