// The answer of POST /v1/projects/{id}/secrets/{name}/test ({ok, reason?}) as the secrets page shows it.

const TESTABLE = new Set(['mongodb', 'jwt']);

/** Whether the server can test secrets of this type. */
export function canTest(type) {
  return TESTABLE.has(type);
}

/** `{kind: 'ok' | 'failed', text}` for a test answer. */
export function testResultText(result) {
  if (result?.ok) return { kind: 'ok', text: 'Works' };
  return { kind: 'failed', text: `Failed: ${result?.reason || 'no reason given'}` };
}
