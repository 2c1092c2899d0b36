import { describe, expect, it } from 'vitest';
import { filterSuggestions, insertSuggestion, openTemplate } from './templateQuery.js';

describe('openTemplate', () => {
  it('finds what was typed after an unclosed {{', () => {
    expect(openTemplate('x {{ request.bo', 15)).toEqual({ start: 4, query: 'request.bo' });
  });
  it('is closed once }} follows, or when the text is not a path', () => {
    expect(openTemplate('{{input}} >= 1', 14)).toBeNull();
    expect(openTemplate('{{input + 1', 11)).toBeNull();
    expect(openTemplate('no template', 5)).toBeNull();
  });
});

describe('insertSuggestion', () => {
  it('replaces the typed part and closes the template', () => {
    const text = '{{inp >= 18';
    const open = openTemplate(text, 5);
    expect(insertSuggestion(text, open, 5, 'input.age')).toEqual({ text: '{{input.age}} >= 18', caret: 13 });
  });
  it('does not add a second }} when one is already there', () => {
    const text = '{{inp}}';
    const open = openTemplate(text, 5);
    expect(insertSuggestion(text, open, 5, 'input').text).toBe('{{input}}');
  });
});

describe('filterSuggestions', () => {
  it('lists prefix matches before other matches', () => {
    const all = [{ path: 'request.body' }, { path: 'input' }, { path: 'params.result.body' }];
    expect(filterSuggestions(all, 'bo').map((s) => s.path)).toEqual(['request.body', 'params.result.body']);
    expect(filterSuggestions(all, 'in').map((s) => s.path)).toEqual(['input']);
  });
});
