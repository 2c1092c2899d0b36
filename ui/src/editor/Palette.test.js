import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './model/catalog.js';
import { DESCRIPTORS, PASSWORD_HASH } from './model/descriptors.fixture.js';
import { attributes, nodeTypesState, render } from './testRender.js';
import NodeTypesGate from './NodeTypesGate.jsx';
import Palette from './Palette.jsx';

const palette = (descriptors) => render(h(Palette, { onAdd: () => {} }), nodeTypesState(buildCatalog(descriptors)));
const items = (html) => attributes(html, 'data-testid').filter((id) => /^palette-(?!search|group|help)/.test(id));

describe('the palette as drawn', () => {
  it('offers a palette-<type> item per described type but API Start, under category headings', () => {
    const html = palette(DESCRIPTORS);
    expect(items(html)).toEqual([
      'palette-parameters',
      'palette-logic',
      'palette-condition',
      'palette-loop',
      'palette-jwtGenerate',
      'palette-jwtVerify',
      'palette-database',
      'palette-mongodb',
      'palette-response',
    ]);
    expect(html).toContain('<h4 class="palette-heading muted">Auth</h4>');
    expect(html).toContain('<strong>JWT Verify</strong><small>Check a bearer token</small>');
  });

  it('gives every item a help button named after its type', () => {
    const html = palette(DESCRIPTORS);
    const helps = attributes(html, 'data-testid').filter((id) => id.startsWith('palette-help-'));
    expect(helps).toEqual(items(html).map((id) => id.replace('palette-', 'palette-help-')));
    expect(html).toContain('aria-label="Help: JWT Verify"');
  });

  it('offers an eleventh described type with no code of its own', () => {
    expect(items(palette([...DESCRIPTORS, PASSWORD_HASH]))).toContain('palette-passwordHash');
  });
});

describe('opening the editor', () => {
  const child = h('p', { 'data-testid': 'workbench' }, 'editor');
  const gate = (state) => render(h(NodeTypesGate, null, child), state);
  const catalog = buildCatalog(DESCRIPTORS);

  it('opens once the node types are loaded', () => {
    expect(gate(nodeTypesState(catalog))).toContain('data-testid="workbench"');
  });

  it('says it is loading, not a blank page, while they are on their way', () => {
    for (const status of ['idle', 'loading']) {
      const html = gate(nodeTypesState(catalog, status));
      expect(html).toContain('data-testid="node-types-loading"');
      expect(html).not.toContain('workbench');
    }
  });

  it('shows why and offers a retry when they cannot be loaded', () => {
    const html = gate(nodeTypesState(buildCatalog([]), 'failed', new Error('The server answered 404.')));
    expect(html).toContain('role="alert" data-testid="node-types-error"');
    expect(html).toContain('the node types could not be loaded (The server answered 404.)');
    expect(html).toContain('data-testid="node-types-retry"');
    expect(html).not.toContain('workbench');
  });
});
