import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { DecorationsContext } from '../decorations.js';
import { buildCatalog } from '../model/catalog.js';
import { DESCRIPTORS, PASSWORD_HASH } from '../model/descriptors.fixture.js';
import { CATALOG } from '../model/fixtures.js';
import { attributes, nodeTypesState, render } from '../testRender.js';
import FlowNode from './FlowNode.jsx';

const DECORATIONS = {
  violations: { byNode: {}, byEdge: {}, general: [], count: 0 },
  trace: {},
  meta: { method: 'POST', path: '/age' },
};

function node(kind, config = {}, catalog = CATALOG) {
  const element = h(
    DecorationsContext.Provider,
    { value: DECORATIONS },
    h(FlowNode, { id: 'n', data: { kind, config }, selected: false }),
  );
  return render(element, nodeTypesState(catalog));
}

const handles = (html) => attributes(html, 'data-testid').filter((id) => id.startsWith('handle-'));

describe('a node on the canvas', () => {
  it('has the handles its descriptor ports name, with their labels', () => {
    expect(handles(node('condition'))).toEqual(['handle-in-n', 'handle-true-n', 'handle-false-n']);
    const loop = node('loop');
    expect(loop).toContain('<span class="handle-label">each</span>');
    expect(loop).toContain('<span class="handle-label">done</span>');
    expect(handles(node('parameters'))).toEqual(['handle-in-n', 'handle-out-n', 'handle-error-n']);
    expect(handles(node('response'))).toEqual(['handle-in-n']);
    expect(handles(node('apiStart'))).toEqual(['handle-out-n']);
  });

  it('shows the type icon, label, colour and summary', () => {
    const html = node('response', { label: 'Adult', status: 200, body: { adult: true } });
    expect(html).toContain('style="--kind:#dc2626"');
    expect(html).toContain('<span class="dp-node-icon">⏎</span><span class="dp-node-type">API Response</span>');
    expect(html).toContain('<div class="dp-node-label">Adult</div>');
    expect(html).toContain('200 · {&quot;adult&quot;:true}');
    expect(node('apiStart')).toContain('POST · /age');
  });

  it('shows a type the server does not describe as an unknown node', () => {
    const html = node('httpRequest', { url: 'x' });
    expect(html).toContain('data-kind="httpRequest"');
    expect(html).toContain('<span class="dp-node-type">Unknown node</span>');
    expect(html).toContain('not supported here');
    expect(handles(html)).toEqual(['handle-in-n', 'handle-out-n']);
  });

  it('draws an eleventh described type with its own look and error handle', () => {
    const html = node('passwordHash', { mode: 'verify' }, buildCatalog([...DESCRIPTORS, PASSWORD_HASH]));
    expect(html).toContain('<span class="dp-node-type">Password Hash</span>');
    expect(handles(html)).toEqual(['handle-in-n', 'handle-out-n', 'handle-error-n']);
  });
});
