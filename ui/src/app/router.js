import { useSyncExternalStore } from 'react';

// A small history router: the server answers index.html for client routes, so reloads work.
const listeners = new Set();
const guards = new Set();
let shown = typeof window === 'undefined' ? '/' : window.location.pathname + window.location.search;

function notify() {
  shown = window.location.pathname + window.location.search;
  listeners.forEach((listener) => listener());
}

/** True when no guard holds the page: a guard that says false has taken over (asks, then calls `proceed`). */
function allowed(to, proceed) {
  for (const guard of guards) {
    if (!guard(to, proceed)) return false;
  }
  return true;
}

/**
 * Registers a guard asked before every in-app navigation (links, back and forward): `guard(to, proceed)` answers
 * true to let it happen, or false to hold it and call `proceed()` later (after asking). Returns the unregister.
 */
export function guardNavigation(guard) {
  guards.add(guard);
  return () => guards.delete(guard);
}

function onPopState() {
  const to = window.location.pathname + window.location.search;
  const from = shown;
  if (to === from || allowed(to, () => navigate(to, { force: true }))) {
    notify();
    return;
  }
  // Held: the browser has moved already, so put the page's address back until the guard lets it go.
  window.history.pushState({}, '', from);
}

if (typeof window !== 'undefined') window.addEventListener('popstate', onPopState);

function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Runs `action` (which ends on `to`, like logging out) once the guards let the page go. */
export function leave(to, action) {
  if (allowed(to, action)) action();
}

/** Goes to an in-app path; the guards are asked first unless `force` (a guard's own go-ahead). */
export function navigate(to, { replace = false, force = false } = {}) {
  if (to === window.location.pathname + window.location.search) return;
  if (!force && !allowed(to, () => navigate(to, { replace, force: true }))) return;
  window.history[replace ? 'replaceState' : 'pushState']({}, '', to);
  notify();
}

/** The in-app path to return to after login: same-origin paths only (`/x`, never `//host` or `/\host`). */
export function safeNext(next) {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?') || next === '/signup' || next.startsWith('/signup?')) return null;
  return next;
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
