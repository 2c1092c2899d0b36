import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardNavigation, leave, match, navigate, safeNext } from './router.js';

describe('match', () => {
  it('binds named segments', () => {
    expect(match('/projects/:pid/workflows/:wid', '/projects/p1/workflows/w%202')).toEqual({ pid: 'p1', wid: 'w 2' });
  });
  it('refuses other lengths and literals', () => {
    expect(match('/projects/:pid', '/projects/p1/secrets')).toBeNull();
    expect(match('/projects/:pid/secrets', '/projects/p1/settings')).toBeNull();
  });
});

describe('safeNext', () => {
  it('keeps in-app paths with their query', () => {
    expect(safeNext('/projects/p1/workflows/w1')).toBe('/projects/p1/workflows/w1');
    expect(safeNext('/projects/p1/executions?status=failed')).toBe('/projects/p1/executions?status=failed');
  });
  it('refuses other origins, the login pages themselves and anything that is no path', () => {
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'projects',
      '/login',
      '/login?next=/x',
      '/signup',
      null,
      42,
    ]) {
      expect(safeNext(bad)).toBeNull();
    }
  });
});

describe('navigation guards', () => {
  let unguard = () => {};
  beforeEach(() => {
    const location = { pathname: '/projects/p1/workflows/w1', search: '' };
    globalThis.window = {
      location,
      history: {
        pushState: (_, __, to) => {
          const [pathname, search = ''] = to.split('?');
          location.pathname = pathname;
          location.search = search ? `?${search}` : '';
        },
        replaceState: () => {},
      },
    };
  });
  afterEach(() => {
    unguard();
    delete globalThis.window;
  });

  it('go ahead when every guard agrees', () => {
    unguard = guardNavigation(() => true);
    navigate('/projects/p1');
    expect(window.location.pathname).toBe('/projects/p1');
  });

  it('hold the page when a guard says no, and go once it calls proceed', () => {
    let proceed = null;
    unguard = guardNavigation((to, go) => {
      expect(to).toBe('/projects/p1');
      proceed = go;
      return false;
    });
    navigate('/projects/p1');
    expect(window.location.pathname).toBe('/projects/p1/workflows/w1');
    proceed();
    expect(window.location.pathname).toBe('/projects/p1');
  });

  it('are skipped by a forced navigation and no longer asked once unregistered', () => {
    unguard = guardNavigation(() => false);
    navigate('/account', { force: true });
    expect(window.location.pathname).toBe('/account');
    unguard();
    navigate('/projects');
    expect(window.location.pathname).toBe('/projects');
  });

  it('hold an action that leaves the page, such as logging out', () => {
    let ran = 0;
    unguard = guardNavigation(() => false);
    leave('/login', () => ran++);
    expect(ran).toBe(0);
    unguard();
    leave('/login', () => ran++);
    expect(ran).toBe(1);
  });
});
