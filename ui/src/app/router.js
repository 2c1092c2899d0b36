import { useSyncExternalStore } from 'react';

// A small history router: the server answers index.html for client routes, so reloads work.
const listeners = new Set();

function notify() {
  listeners.forEach((listener) => listener());
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function navigate(to, { replace = false } = {}) {
  if (to === window.location.pathname + window.location.search) return;
  window.history[replace ? 'replaceState' : 'pushState']({}, '', to);
  notify();
}

export function usePath() {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Matches '/projects/:pid/workflows/:wid' against a path; returns the params or null. */
export function match(pattern, path) {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) params[want[i].slice(1)] = decodeURIComponent(have[i]);
    else if (want[i] !== have[i]) return null;
  }
  return params;
}
