import { describe, expect, it } from 'vitest';
import { emptyHint } from './SecretField.jsx';

describe('emptyHint', () => {
  it('tells an editor where to add a missing secret', () => {
    expect(emptyHint(0, 'jwt secret', false)).toBe('This project has no jwt secret yet: add one on the Secrets tab');
  });
  it('does not tell a viewer to do what they cannot', () => {
    const hint = emptyHint(0, 'jwt secret', true);
    expect(hint).not.toContain('add one on the Secrets tab');
    expect(hint).toContain('an owner or editor can add one');
  });
  it('says what is listed when there are secrets', () => {
    expect(emptyHint(2, 'jwt secret', true)).toBe('Only jwt secrets are listed');
  });
});
