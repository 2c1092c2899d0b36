// The one door to the management API. The session lives in an HttpOnly cookie set by login, so the UI
// never holds a token: every call is same-origin with credentials. Calls that change something repeat the
// session's CSRF token (the readable dp_csrf cookie, also set by login) in X-CSRF-Token, or the server refuses.

export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details || {};
  }

  get violations() {
    return this.details.violations || [];
  }
}

const unauthorizedListeners = new Set();
const SESSION_ROUTES = ['/v1/auth/login', '/v1/auth/me', '/v1/auth/session', '/v1/auth/signup'];

/** Called when a call answers 401 (the session ended); returns an unsubscribe function. */
export function onUnauthorized(listener) {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function parse(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function failure(status, data) {
  if (data && typeof data === 'object' && data.error) {
    return new ApiError(status, data.error, data.message || data.error, data);
  }
  return new ApiError(status, `HTTP_${status}`, `The server answered ${status}.`, {});
}

const READS = ['GET', 'HEAD', 'OPTIONS'];

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)dp_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : null;
}

async function send(method, path, body) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  const csrf = READS.includes(method) ? null : csrfToken();
  if (csrf) init.headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check that DotPortion is running.', {});
  }
  const data = parse(await response.text());
  const sessionEnded = response.status === 401 || (response.status === 403 && data && data.error === 'CSRF_REJECTED');
  if (sessionEnded && !SESSION_ROUTES.includes(path)) unauthorizedListeners.forEach((l) => l());
  if (!response.ok) throw failure(response.status, data);
  return { data, headers: response.headers };
}

export async function request(method, path, body) {
  return (await send(method, path, body)).data;
}

/** A GET of a keyset-paged list: the page (the body) and the cursor of the next one (null on the last page). */
export async function getPage(path) {
  const { data, headers } = await send('GET', path);
  return { items: data || [], next: headers.get('X-Next-Cursor') };
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body === undefined ? {} : body);
export const put = (path, body) => request('PUT', path, body);
export const patch = (path, body) => request('PATCH', path, body);
export const del = (path) => request('DELETE', path);
