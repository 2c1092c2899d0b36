import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../model/catalog.js';
import { DESCRIPTORS } from '../model/descriptors.fixture.js';
import { helpOf, shownDefault } from './nodeHelp.js';

const withOutput = DESCRIPTORS.map((d) => (d.id === 'jwtGenerate' ? { ...d, output: '{"token": "..."}' } : d));
const CATALOG = buildCatalog(withOutput);

describe('helpOf', () => {
  it('reads what a node does and outputs from its descriptor', () => {
    const help = helpOf(CATALOG.nodeType('jwtGenerate'));
    expect(help.known).toBe(true);
    expect(help.label).toBe('JWT Generate');
    expect(help.summary).toMatch(/\.$/);
    expect(help.output).toBe('{"token": "..."}');
  });

  it('lists every field but the label with its title, meaning, type, requirement and default', () => {
    const help = helpOf(CATALOG.nodeType('jwtGenerate'));
    expect(help.fields.map((f) => f.name)).not.toContain('label');
    const secret = help.fields.find((f) => f.name === 'secret');
    expect(secret).toMatchObject({ title: 'Secret', required: true, type: 'name of a jwt secret' });
    const algorithm = help.fields.find((f) => f.name === 'algorithm');
    expect(algorithm.type).toBe('one of HS256, HS384, HS512');
    expect(algorithm.defaultValue).toBe('HS256');
    expect(help.fields.find((f) => f.name === 'payload').type).toContain('templates allowed');
  });

  it('names the handles by their labels with what each means, by the node role', () => {
    const loop = helpOf(CATALOG.nodeType('loop')).handles;
    expect(loop.map((h) => h.name)).toEqual(['in', 'each (true)', 'done (false)']);
    expect(loop[2].meaning).toMatch(/after the last item/);
    const condition = helpOf(CATALOG.nodeType('condition')).handles;
    expect(condition.map((h) => h.name)).toEqual(['in', 'true', 'false']);
    expect(condition[1].meaning).toMatch(/holds/);
    const params = helpOf(CATALOG.nodeType('parameters')).handles;
    expect(params.map((h) => h.name)).toEqual(['in', 'out', 'error']);
    expect(params[2].meaning).toContain('{code, message}');
    expect(helpOf(CATALOG.nodeType('apiStart')).handles[0].meaning).toMatch(/starts here/);
    expect(helpOf(CATALOG.nodeType('response')).handles.map((h) => h.meaning)).toContain('none: the run ends here');
  });

  it('lists the errors a node can fail with', () => {
    expect(helpOf(CATALOG.nodeType('parameters')).errors).toEqual([
      { code: 'INVALID_REQUEST', status: 400, meaning: 'a declared parameter is missing or malformed' },
    ]);
  });

  it('answers only a label for a type the server does not describe', () => {
    const help = helpOf(CATALOG.nodeType('teleport'));
    expect(help).toMatchObject({ known: false, fields: [], errors: [], handles: [] });
  });
});

describe('shownDefault', () => {
  it('writes values as short JSON and nothing for empty ones', () => {
    expect(shownDefault('1h')).toBe('1h');
    expect(shownDefault({ a: 1 })).toBe('{"a":1}');
    expect(shownDefault('')).toBe('');
    expect(shownDefault(undefined)).toBe('');
    expect(shownDefault('x'.repeat(80))).toHaveLength(58);
  });
});
