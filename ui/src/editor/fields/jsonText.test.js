import { describe, expect, it } from 'vitest';
import { readJson, showJson } from './jsonText.js';

describe('JSON fields', () => {
  it('parses JSON, keeps a lone template or plain words as a string, and refuses broken JSON', () => {
    expect(readJson('{"a": 1}')).toEqual({ value: { a: 1 } });
    expect(readJson('{{input.user}}')).toEqual({ value: '{{input.user}}' });
    expect(readJson('')).toEqual({ value: undefined });
    expect(readJson('{"a": ')).toEqual({ error: 'Not valid JSON yet.' });
  });
  it('shows objects indented and strings as they are', () => {
    expect(showJson({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(showJson('{{x}}')).toBe('{{x}}');
    expect(showJson(undefined)).toBe('');
  });
});
