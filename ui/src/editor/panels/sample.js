// The sample request of a test run, as the form holds it and as POST /test-run takes it.

export function pathParamNames(path) {
  return [...(path || '').matchAll(/\{([^}/]+)\}/g)].map((m) => m[1]);
}

export function emptySample(meta) {
  return { method: meta.method, params: [], query: [], headers: [], body: '' };
}

/** {request} ready to send, or {error} when the body is not JSON. */
export function toTestRequest(sample, meta) {
  const request = { method: sample.method || meta.method };
  const names = pathParamNames(meta.path);
  if (names.length) {
    const given = Object.fromEntries(sample.params);
    request.params = Object.fromEntries(names.map((n) => [n, given[n] ?? '']));
  }
  if (sample.query.length) request.query = Object.fromEntries(sample.query);
  if (sample.headers.length) request.headers = Object.fromEntries(sample.headers);
  if (sample.body.trim()) {
    try {
      request.body = JSON.parse(sample.body);
    } catch {
      return { error: 'The body is not valid JSON.' };
    }
  }
  return { request };
}
