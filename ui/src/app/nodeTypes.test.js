import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { DESCRIPTORS } from '../editor/model/descriptors.fixture.js';
import { loadCatalog } from './nodeTypes.js';

describe('loading the node types', () => {
  it('builds the catalog from the descriptors the server answers', async () => {
    const state = await loadCatalog(async () => DESCRIPTORS);
    expect(state.status).toBe('ready');
    expect(state.catalog.nodeType('loop').label).toBe('Loop');
  });

  it('fails with the reason when the route answers an error', async () => {
    const missing = new ApiError(404, 'NOT_FOUND', 'No such route.', {});
    const state = await loadCatalog(() => Promise.reject(missing));
    expect(state).toMatchObject({ status: 'failed', error: missing });
    expect(state.catalog.types).toEqual([]);
  });

  it('fails when the answer is not a list of descriptors', async () => {
    const state = await loadCatalog(async () => ({ nodeTypes: DESCRIPTORS }));
    expect(state.status).toBe('failed');
    expect(state.error.message).toBe('the server did not answer a list of node types');
  });
});
