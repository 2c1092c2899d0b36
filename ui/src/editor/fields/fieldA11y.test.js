import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { DESCRIPTORS, PASSWORD_HASH } from '../model/descriptors.fixture.js';
import { CATALOG } from '../model/fixtures.js';
import NodeForm from '../forms/NodeForm.jsx';
import { nodeTypesState, render } from '../testRender.js';
import { controlProps, fieldIds } from './fieldA11y.js';

function form(descriptor, config, problems = {}) {
  const props = {
    kind: descriptor.id,
    descriptor,
    config,
    set: () => () => {},
    replace: () => {},
    errors: (field) => problems[field] || [],
    suggestions: [],
    secrets: [{ name: 'signing', type: 'jwt' }],
    meta: { method: 'POST', path: '/x', log: null },
    setMeta: () => {},
  };
  return render(h(NodeForm, props), nodeTypesState(CATALOG));
}

const controls = (html) => [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)].map((m) => m[2]);
const attribute = (attrs, name) => attrs.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
const labelledFor = (html) => new Set([...html.matchAll(/<label [^>]*for="([^"]+)"/g)].map((m) => m[1]));
const hasName = (html, attrs) =>
  labelledFor(html).has(attribute(attrs, 'id')) ||
  attribute(attrs, 'aria-label') ||
  attribute(attrs, 'aria-labelledby');

describe('form fields tied to their labels and messages', () => {
  it('gives the control the errors before the hint, and aria-invalid only with errors', () => {
    expect(controlProps(fieldIds('f1', 2, true))).toEqual({
      id: 'f1-input',
      'aria-invalid': 'true',
      'aria-describedby': 'f1-error-0 f1-error-1',
    });
    expect(controlProps(fieldIds('f1', 0, true))).toEqual({
      id: 'f1-input',
      'aria-invalid': undefined,
      'aria-describedby': 'f1-hint',
    });
    expect(controlProps(fieldIds('f1', 0, false))['aria-describedby']).toBeUndefined();
  });

  it('names every input, select and text area of every node form', () => {
    for (const descriptor of [...DESCRIPTORS, PASSWORD_HASH]) {
      const html = form(descriptor, {});
      for (const attrs of controls(html)) {
        expect(hasName(html, attrs), `${descriptor.id}: ${attrs}`).toBeTruthy();
      }
    }
  });

  it('marks a field with a violation invalid and describes it by the message', () => {
    const html = form(PASSWORD_HASH, {}, { password: ['Required'], rounds: ['Too many', 'Not a number'] });
    const byTestId = (id) => controls(html).find((attrs) => attribute(attrs, 'data-testid') === id);
    for (const [testId, count] of [
      ['passwordHash-password', 1],
      ['passwordHash-rounds', 2],
    ]) {
      const attrs = byTestId(testId);
      expect(attribute(attrs, 'aria-invalid')).toBe('true');
      const described = attribute(attrs, 'aria-describedby').split(' ');
      expect(described).toHaveLength(count);
      for (const id of described) expect(html).toMatch(new RegExp(`<span id="${id}" class="field-error"`));
    }
    expect(attribute(byTestId('passwordHash-mode'), 'aria-invalid')).toBeUndefined();
  });
});
