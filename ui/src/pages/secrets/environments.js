// Per-environment state of a secret as the API lists it (`environments: [{name, hasValue, version, staged}]`).

/** The environment names a value can be written to: the project's, else the two every project has. */
export function environmentNames(projectEnvironments) {
  const names = (projectEnvironments || []).map((e) => (typeof e === 'string' ? e : e.name)).filter(Boolean);
  return names.length > 0 ? names : ['live', 'test'];
}

/** One badge per environment: its name, whether it has a value (and which version), and a staged version. */
export function badges(secret) {
  return (secret?.environments || []).map((e) => ({
    name: e.name,
    hasValue: Boolean(e.hasValue),
    text: e.hasValue ? `${e.name} v${e.version}` : `${e.name} —`,
    staged: e.staged ? `staged v${e.staged.version}` : null,
  }));
}

/** The environments of a secret that hold a staged version, with who staged it. */
export function stagedVersions(secret) {
  return (secret?.environments || [])
    .filter((e) => e.staged)
    .map((e) => ({ environment: e.name, version: e.staged.version, by: e.staged.stagedBy }));
}

/** The body of a write: a value (or a generated jwt key) for one environment, maybe staged. */
export function putBody({ type, value, generate, environment, stage }) {
  const body = type === 'jwt' && generate ? { type, generate: true } : { type, value };
  if (environment && environment !== 'live') body.environment = environment;
  if (stage) body.stage = true;
  return body;
}

/** True when a test run without a test value would fail (the secret has no test value and may not use live). */
export function testRunsBlocked(secret) {
  const test = (secret?.environments || []).find((e) => e.name === 'test');
  return !secret?.testUsesLive && !(test && test.hasValue);
}
