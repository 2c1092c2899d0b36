// Test helpers: render a component to HTML (no browser) with a catalog of node types provided.
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReactFlowProvider } from '@xyflow/react';
import { NodeTypesContext } from '../app/nodeTypes.js';

export function nodeTypesState(catalog, status = 'ready', error = null) {
  return { status, catalog, error, reload: () => {} };
}

/** The HTML of `element` under a node types state (a catalog that is ready, unless told otherwise). */
export function render(element, state) {
  return renderToStaticMarkup(h(NodeTypesContext.Provider, { value: state }, h(ReactFlowProvider, null, element)));
}

/** The attribute values of every element carrying `attribute` in some HTML, in order. */
export function attributes(html, attribute) {
  return [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, 'g'))].map((m) => m[1]);
}
