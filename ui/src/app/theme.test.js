import { describe, expect, it } from 'vitest';
import { THEME_KEY, readChoice, resolveTheme, rootAttribute, writeChoice } from './theme.js';

function memory(entries = {}) {
  const map = new Map(Object.entries(entries));
  return {
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => map.set(k, String(v)),
    removeItem: (k) => map.delete(k),
    map,
  };
}

describe('the colour theme', () => {
  it('follows the system until a person picks light or dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('keeps a manual choice in storage and forgets it for system', () => {
    const storage = memory();
    expect(readChoice(storage)).toBe('system');
    writeChoice(storage, 'dark');
    expect(readChoice(storage)).toBe('dark');
    writeChoice(storage, 'system');
    expect(storage.map.has(THEME_KEY)).toBe(false);
    expect(readChoice(storage)).toBe('system');
  });

  it('reads an unknown or unreadable choice as system', () => {
    expect(readChoice(memory({ [THEME_KEY]: 'sepia' }))).toBe('system');
    expect(readChoice(null)).toBe('system');
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readChoice(refusing)).toBe('system');
  });

  it('sets the root attribute only for a manual choice', () => {
    expect(rootAttribute('system')).toBeNull();
    expect(rootAttribute('light')).toBe('light');
    expect(rootAttribute('dark')).toBe('dark');
  });
});
