import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.js';
import { DESCRIPTORS, PASSWORD_HASH } from './descriptors.fixture.js';
import { CATALOG } from './fixtures.js';
import { paletteGroups } from './palette.js';

const layout = (groups) => groups.map((g) => [g.heading, g.types.map((t) => t.type)]);

describe('the palette', () => {
  it('lists every described type but API Start, grouped by category in order', () => {
    expect(layout(paletteGroups(CATALOG, ''))).toEqual([
      ['Input', ['parameters']],
      ['Logic', ['logic']],
      ['Flow', ['condition', 'loop']],
      ['Auth', ['jwtGenerate', 'jwtVerify']],
      ['Data', ['database', 'mongodb']],
      ['Output', ['response']],
    ]);
  });

  it('searches labels and summaries, ignoring case', () => {
    expect(layout(paletteGroups(CATALOG, 'JWT'))).toEqual([['Auth', ['jwtGenerate', 'jwtVerify']]]);
    expect(layout(paletteGroups(CATALOG, ' bearer '))).toEqual([['Auth', ['jwtVerify']]]);
    expect(paletteGroups(CATALOG, 'nothing like it')).toEqual([]);
  });

  it('shows an eleventh type in its category, and a new category after the known ones', () => {
    const report = { ...PASSWORD_HASH, id: 'report', label: 'Report', category: 'reporting', summary: 'Send a report' };
    const groups = paletteGroups(buildCatalog([...DESCRIPTORS, PASSWORD_HASH, report]), '');
    expect(layout(groups).find(([heading]) => heading === 'Auth')).toEqual([
      'Auth',
      ['jwtGenerate', 'jwtVerify', 'passwordHash'],
    ]);
    expect(layout(groups).at(-1)).toEqual(['Reporting', ['report']]);
    expect(layout(paletteGroups(buildCatalog([...DESCRIPTORS, PASSWORD_HASH]), 'password'))).toEqual([
      ['Auth', ['passwordHash']],
    ]);
  });

  it('is empty when no type is described', () => {
    expect(paletteGroups(buildCatalog([]), '')).toEqual([]);
  });
});
