import { describe, expect, it } from 'vitest';
import { canTest, testResultText } from './secretTest.js';

describe('the secret test button', () => {
  it('is offered for the types the server tests', () => {
    expect(canTest('mongodb')).toBe(true);
    expect(canTest('jwt')).toBe(true);
    expect(canTest('apiKey')).toBe(false);
  });

  it('shows ok, or the safe reason the server gave', () => {
    expect(testResultText({ ok: true })).toEqual({ kind: 'ok', text: 'Works' });
    expect(testResultText({ ok: false, reason: 'authentication failed' })).toEqual({
      kind: 'failed',
      text: 'Failed: authentication failed',
    });
    expect(testResultText({ ok: false }).text).toBe('Failed: no reason given');
  });
});
