import { describe, expect, it } from 'vitest';
import { DESCRIPTORS, PASSWORD_HASH } from '../model/descriptors.fixture.js';
import { CONTROLS } from './controls.jsx';
import { formFields } from './schemaFields.js';

const fieldOf = (descriptor, name) => formFields(descriptor).find((f) => f.name === name);
const byId = (id) => DESCRIPTORS.find((d) => d.id === id);

/** What a control writes into the node's data when its input reports `input`. */
function written(descriptor, name, input, value) {
  const field = fieldOf(descriptor, name);
  const seen = [];
  const element = CONTROLS[field.control]({
    field,
    value,
    onChange: (v) => seen.push(v),
    errors: () => [],
    suggestions: [],
  });
  element.props.onChange(input);
  return seen[0];
}

describe('what the form writes', () => {
  it('writes a status as a number unless it is a template, and unsets it when emptied', () => {
    expect(written(byId('response'), 'status', '201')).toBe(201);
    expect(written(byId('response'), 'status', '{{input.status}}')).toBe('{{input.status}}');
    expect(written(byId('response'), 'status', '')).toBeUndefined();
  });

  it('keeps digits as a number in a text field that also takes an integer', () => {
    expect(written(byId('jwtGenerate'), 'expiresIn', '3600')).toBe(3600);
    expect(written(byId('jwtGenerate'), 'expiresIn', '7d')).toBe('7d');
    expect(written(byId('jwtGenerate'), 'issuer', '42')).toBe('42');
  });

  it('unsets an emptied template field', () => {
    expect(written(byId('jwtVerify'), 'token', '')).toBeUndefined();
    expect(written(byId('jwtVerify'), 'token', '{{request.query.t}}')).toBe('{{request.query.t}}');
  });

  it('writes the enum value chosen, or nothing for the blank choice', () => {
    const numeric = {
      ...PASSWORD_HASH,
      configSchema: { ...PASSWORD_HASH.configSchema, properties: { cost: { enum: [10, 12] } } },
    };
    expect(written(numeric, 'cost', '12')).toBe(12);
    expect(written(PASSWORD_HASH, 'mode', 'verify')).toBe('verify');
    expect(written(PASSWORD_HASH, 'mode', undefined)).toBeUndefined();
  });

  it('writes a number field as a number and a checkbox as a boolean', () => {
    const number = fieldOf(PASSWORD_HASH, 'rounds');
    const seen = [];
    CONTROLS.number({
      field: number,
      value: undefined,
      onChange: (v) => seen.push(v),
      errors: () => [],
    }).props.onChange(12);
    const check = fieldOf(PASSWORD_HASH, 'rehash');
    CONTROLS.checkbox({
      field: check,
      value: undefined,
      onChange: (v) => seen.push(v),
      errors: () => [],
    }).props.onChange(true);
    expect(seen).toEqual([12, true]);
  });
});
