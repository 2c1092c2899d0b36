import { describe, expect, it } from 'vitest';
import { cannotMove, leaksOf, moveTarget, suggestedName } from './leaks.js';

const MONGO = { secretFields: [{ field: 'secret', secretType: 'mongodb' }] };
const LOGIC = { secretFields: [] };
const leak = (detail) => ({ code: 'CREDENTIAL_LITERAL', severity: 'warning', field: detail.split(/[.[]/)[0], detail });

describe('moving a credential literal to a secret', () => {
  it('finds the leak warnings among a node problems', () => {
    const problems = [leak('code'), { code: 'UNKNOWN_SECRET', field: 'secret', detail: 'secret' }];
    expect(leaksOf(problems)).toEqual([problems[0]]);
    expect(leaksOf(undefined)).toEqual([]);
  });

  it('moves a whole secret field into a secret of that field type', () => {
    const config = { secret: 'mongodb://u:p@h/db', collection: 'items' };
    expect(moveTarget(leak('secret'), MONGO, config)).toEqual({
      field: 'secret',
      secretType: 'mongodb',
      value: 'mongodb://u:p@h/db',
    });
  });

  it('cannot move a literal inside another field or a node without secret fields', () => {
    expect(moveTarget(leak('filter.apiKey'), MONGO, { filter: { apiKey: 'x' } })).toBeNull();
    expect(moveTarget(leak('code'), LOGIC, { code: 'const k = 1' })).toBeNull();
    expect(moveTarget(leak('secret'), MONGO, { secret: 42 })).toBeNull();
    expect(moveTarget({ code: 'OTHER', field: 'secret', detail: 'secret' }, MONGO, { secret: 'v' })).toBeNull();
  });

  it('explains where a node can reference a secret', () => {
    expect(cannotMove(leak('filter.apiKey'), MONGO)).toContain("only through 'secret'");
    expect(cannotMove(leak('code'), LOGIC)).toContain('cannot reference a secret');
  });

  it('suggests a valid secret name', () => {
    expect(suggestedName('Find Users', 'secret')).toBe('find_users_secret');
    expect(suggestedName('x'.repeat(80), 'secret')).toHaveLength(64);
    expect(suggestedName('__', '')).toBe('secret');
  });
});
