import { describe, expect, it } from 'vitest';
import { keptLabel, keptSentence } from './kept.js';

const aggregate = {
  kept: 'aggregate',
  runs: 1234,
  durationMs: 0.5,
  aggregate: {
    count: 1234,
    firstStartedAt: '2025-01-01T10:00:00.020Z',
    lastStartedAt: '2025-01-01T10:00:00.980Z',
    minMs: 0.25,
    maxMs: 3.5,
    totalMs: 617,
  },
};

describe('kept', () => {
  it('an aggregate row says how many runs it counts and that they were not kept individually', () => {
    expect(keptLabel(aggregate)).toBe('1,234 runs, counted');
    const sentence = keptSentence(aggregate);
    expect(sentence).toContain('1,234 successful runs not kept individually between');
    expect(sentence).toContain('max 3.5 ms');
  });

  it('an aggregate of one run says run and names one moment', () => {
    const one = {
      ...aggregate,
      runs: 1,
      aggregate: { ...aggregate.aggregate, lastStartedAt: '2025-01-01T10:00:00.020Z' },
    };
    expect(keptLabel(one)).toBe('1 run, counted');
    expect(keptSentence(one)).toMatch(/^1 successful run not kept individually at /);
  });

  it('full and summary rows keep their labels', () => {
    expect(keptLabel({ kept: 'full', runs: 1 })).toBe('full');
    expect(keptLabel({ kept: 'summary', runs: 1 })).toBe('summary');
    expect(keptSentence({ kept: 'summary' })).toContain('Summary only');
    expect(keptSentence({ kept: 'full' })).toContain('Kept in full');
  });
});
