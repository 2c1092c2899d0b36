import { describe, expect, it } from 'vitest';
import { match } from './router.js';

describe('match', () => {
  it('binds named segments', () => {
    expect(match('/projects/:pid/workflows/:wid', '/projects/p1/workflows/w%202')).toEqual({ pid: 'p1', wid: 'w 2' });
  });
  it('refuses other lengths and literals', () => {
    expect(match('/projects/:pid', '/projects/p1/secrets')).toBeNull();
    expect(match('/projects/:pid/secrets', '/projects/p1/settings')).toBeNull();
  });
});
