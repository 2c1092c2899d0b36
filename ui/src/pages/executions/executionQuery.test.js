import { describe, expect, it } from 'vitest';
import { appendPage, executionParams, NO_FILTERS, PAGE_SIZE } from './executionQuery.js';

const NOW = Date.parse('2025-03-10T12:00:00Z');
const params = (changes) => executionParams({ ...NO_FILTERS, ...changes }, NOW);

describe('executionParams', () => {
  it('asks one page of everything when no filter is set', () => {
    expect(params({})).toEqual({ params: { limit: String(PAGE_SIZE) } });
  });

  it('passes the workflow, status, kind and HTTP status class as the API names them', () => {
    expect(
      params({ workflowId: '65a0000000000000000000a1', status: 'error', kind: 'test', httpStatus: '4xx' }).params,
    ).toEqual({
      workflowId: '65a0000000000000000000a1',
      status: 'error',
      kind: 'test',
      httpStatus: '4xx',
      limit: '50',
    });
  });

  it('turns a relative window into a from instant fixed at the moment asked, with no to', () => {
    expect(params({ window: '3600000' }).params).toEqual({ from: '2025-03-10T11:00:00.000Z', limit: '50' });
    expect(params({ window: '604800000' }).params.from).toBe('2025-03-03T12:00:00.000Z');
    expect(params({ window: '3600000' }).params).not.toHaveProperty('to');
  });

  it('sends a custom range as ISO instants of the local times entered, either end optional', () => {
    const from = '2025-03-01T08:30';
    const to = '2025-03-02T09:45';
    expect(params({ window: 'custom', from, to }).params).toEqual({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      limit: '50',
    });
    expect(params({ window: 'custom', from }).params).toEqual({ from: new Date(from).toISOString(), limit: '50' });
    expect(params({ window: 'custom' }).params).toEqual({ limit: '50' });
  });

  it('refuses a custom range that is not a date or ends before it starts, instead of asking the API', () => {
    expect(params({ window: 'custom', from: 'soon' })).toEqual({ error: 'Enter a valid date and time.' });
    expect(params({ window: 'custom', from: '2025-03-02T10:00', to: '2025-03-02T10:00' }).error).toMatch(/after/);
    expect(params({ window: 'custom', from: '2025-03-02T10:00', to: '2025-03-01T10:00' }).error).toMatch(/after/);
  });

  it('ignores the custom range fields unless the custom window is chosen', () => {
    expect(params({ window: '', from: '2025-03-01T08:30', to: 'junk' })).toEqual({ params: { limit: '50' } });
  });
});

describe('appendPage', () => {
  it('appends the next page and keeps its cursor, or none on the last page', () => {
    const first = { items: [{ id: 'c' }, { id: 'b' }], next: 'cursor-1' };
    expect(appendPage(first, { items: [{ id: 'a' }], next: 'cursor-2' })).toEqual({
      items: [{ id: 'c' }, { id: 'b' }, { id: 'a' }],
      next: 'cursor-2',
    });
    expect(appendPage(first, { items: [{ id: 'a' }], next: null }).next).toBeNull();
  });

  it('never shows a run twice', () => {
    const first = { items: [{ id: 'c' }, { id: 'b' }], next: 'x' };
    expect(appendPage(first, { items: [{ id: 'b' }, { id: 'a' }], next: null }).items.map((e) => e.id)).toEqual([
      'c',
      'b',
      'a',
    ]);
  });
});
