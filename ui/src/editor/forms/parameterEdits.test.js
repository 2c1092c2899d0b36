import { describe, expect, it } from 'vitest';
import { addParameter, addSource, renameParameter, setSpec } from './parameterEdits.js';

describe('parameter edits', () => {
  it('adds, renames in place and constrains parameters', () => {
    let sources = [{ from: 'body', parameters: { a: { type: 'string' }, b: {} } }];
    sources = addParameter(sources, 0);
    expect(Object.keys(sources[0].parameters)).toEqual(['a', 'b', 'field3']);
    sources = renameParameter(sources, 0, 'a', 'name');
    expect(Object.keys(sources[0].parameters)).toEqual(['name', 'b', 'field3']);
    sources = setSpec(sources, 0, 'name', 'min', 2);
    sources = setSpec(sources, 0, 'name', 'type', undefined);
    expect(sources[0].parameters.name).toEqual({ min: 2 });
  });
  it('refuses a rename onto an existing name', () => {
    const sources = [{ from: 'body', parameters: { a: {}, b: {} } }];
    expect(renameParameter(sources, 0, 'a', 'b')).toEqual(sources);
  });
  it('adds a source from the first unused part of the request', () => {
    expect(addSource([{ from: 'body', parameters: {} }])[1].from).toBe('query');
  });
});
