import { describe, expect, it } from 'vitest';
import { namesOf, withMasking } from './maskingSetting.js';

describe('masking setting edits', () => {
  it('the default is no setting at all', () => {
    expect(withMasking(null, 'names', true)).toBeNull();
    expect(withMasking({ names: false }, 'names', true)).toBeNull();
    expect(withMasking({ extraNames: ['ssn'] }, 'extraNames', [])).toBeNull();
  });

  it('turning names off and listing names keep the other fields', () => {
    expect(withMasking(null, 'names', false)).toEqual({ names: false });
    expect(withMasking({ names: false }, 'extraNames', ['ssn'])).toEqual({ names: false, extraNames: ['ssn'] });
    expect(withMasking({ extraNames: ['ssn'] }, 'exceptNames', ['token'])).toEqual({
      extraNames: ['ssn'],
      exceptNames: ['token'],
    });
  });

  it('names are read from a comma-separated list', () => {
    expect(namesOf(' ssn, card_number ,,')).toEqual(['ssn', 'card_number']);
    expect(namesOf('')).toEqual([]);
    expect(namesOf(undefined)).toEqual([]);
  });
});
