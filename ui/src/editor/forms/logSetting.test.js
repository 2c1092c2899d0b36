import { describe, expect, it } from 'vitest';
import { withLogMode, withLogRate } from './logSetting.js';

describe('log setting edits', () => {
  it('the default is no setting at all, and other modes carry no rate', () => {
    expect(withLogMode({ mode: 'all' }, '')).toBeNull();
    expect(withLogMode(null, 'errors')).toEqual({ mode: 'errors' });
    expect(withLogMode({ mode: 'sample', rate: 0.5 }, 'off')).toEqual({ mode: 'off' });
  });

  it('sampling keeps its rate, starts at 10 %, and takes a new rate', () => {
    expect(withLogMode(null, 'sample')).toEqual({ mode: 'sample', rate: 0.1 });
    expect(withLogMode({ mode: 'sample', rate: 0.02 }, 'sample')).toEqual({ mode: 'sample', rate: 0.02 });
    expect(withLogRate({ mode: 'sample', rate: 0.1 }, 0.5)).toEqual({ mode: 'sample', rate: 0.5 });
  });
});
