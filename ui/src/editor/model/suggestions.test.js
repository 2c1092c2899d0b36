import { describe, expect, it } from 'vitest';
import { CATALOG, ageWorkflow } from './fixtures.js';
import { suggestionsFor } from './suggestions.js';

describe('suggestionsFor', () => {
  it('lists the request, path parameters, declared parameters and upstream outputs', () => {
    const paths = suggestionsFor(CATALOG, 'ok', ageWorkflow()).map((s) => s.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'request.body',
        'request.params.id',
        'request.body.age',
        'input',
        'params.result',
        'params.result.age',
        'cond.result',
      ]),
    );
    expect(paths).not.toContain('no.result');
    expect(paths).not.toContain('loop.item');
  });

  it('offers the previous parameters node fields under input', () => {
    const paths = suggestionsFor(CATALOG, 'cond', ageWorkflow()).map((s) => s.path);
    expect(paths).toContain('input.age');
    expect(paths).not.toContain('cond.result');
  });
});
