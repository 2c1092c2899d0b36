import { describe, expect, it } from 'vitest';
import { NARROW, PANEL_KEY, defaultOpen, readPanel, writePanel } from './panelState.js';

function memory() {
  const map = new Map();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v), map };
}

describe('the editor side panels', () => {
  it('remember being folded or unfolded, per panel', () => {
    const storage = memory();
    writePanel(storage, 'palette', false);
    writePanel(storage, 'inspector', true);
    expect(readPanel(storage, 'palette', true)).toBe(false);
    expect(readPanel(storage, 'inspector', false)).toBe(true);
    expect(storage.map.get(`${PANEL_KEY}palette`)).toBe('closed');
  });

  it('fall back to the default when nothing (or nothing readable) is stored', () => {
    expect(readPanel(memory(), 'palette', true)).toBe(true);
    expect(readPanel(null, 'palette', false)).toBe(false);
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readPanel(refusing, 'inspector', true)).toBe(true);
  });

  it('start with the palette folded on a narrow screen, the inspector open everywhere', () => {
    expect(defaultOpen('palette', NARROW - 176)).toBe(false);
    expect(defaultOpen('palette', NARROW + 240)).toBe(true);
    expect(defaultOpen('palette', undefined)).toBe(true);
    expect(defaultOpen('inspector', 800)).toBe(true);
  });
});
