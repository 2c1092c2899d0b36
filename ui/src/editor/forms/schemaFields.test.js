import { describe, expect, it } from 'vitest';
import { DESCRIPTORS, PASSWORD_HASH } from '../model/descriptors.fixture.js';
import { controlOf, formFields, humanize, typesOf } from './schemaFields.js';

const byId = (id) => DESCRIPTORS.find((d) => d.id === id);
const controls = (descriptor) => formFields(descriptor).map((f) => [f.name, f.control]);

describe('the fields of a node form', () => {
  it('follows ui.order and leaves the label to the panel', () => {
    expect(formFields(byId('jwtVerify')).map((f) => f.name)).toEqual([
      'secret',
      'token',
      'issuer',
      'audience',
      'leeway',
      'algorithm',
    ]);
    expect(formFields(byId('logic')).map((f) => f.name)).toEqual(['code']);
  });

  it('adds schema properties that ui.order leaves out, after the ordered ones', () => {
    expect(formFields(PASSWORD_HASH).map((f) => f.name)).toEqual([
      'mode',
      'password',
      'pepper',
      'rounds',
      'rehash',
      'extra',
      'tags',
    ]);
  });

  it('takes labels from titles, help from descriptions and marks required fields', () => {
    const [secret, payload, expiresIn] = formFields(byId('jwtGenerate'));
    expect(secret).toMatchObject({
      label: 'Secret',
      required: true,
      hint: "Name of the project's jwt secret that signs the token",
    });
    expect(payload).toMatchObject({ label: 'Payload', required: false });
    expect(expiresIn).toMatchObject({ label: 'Expires in', defaultValue: '1h' });
    expect(humanize('maxIterations')).toBe('Max iterations');
  });

  it('chooses a control from each schema: enum, boolean, number, text, template, json', () => {
    expect(controls(PASSWORD_HASH)).toEqual([
      ['mode', 'select'],
      ['password', 'template'],
      ['pepper', 'secret'],
      ['rounds', 'number'],
      ['rehash', 'checkbox'],
      ['extra', 'json'],
      ['tags', 'json'],
    ]);
    expect(controls(byId('jwtGenerate'))).toEqual([
      ['secret', 'secret'],
      ['payload', 'json'],
      ['expiresIn', 'text'],
      ['issuer', 'text'],
      ['audience', 'text'],
      ['algorithm', 'select'],
    ]);
  });

  it('uses the widgets the descriptors name', () => {
    expect(controls(byId('logic'))).toEqual([['code', 'code']]);
    expect(controls(byId('condition'))).toEqual([['condition', 'expression']]);
    expect(controls(byId('parameters'))).toEqual([['sources', 'parametersTable']]);
    expect(controls(byId('response'))).toEqual([
      ['status', 'status'],
      ['body', 'json'],
      ['headers', 'headers'],
    ]);
    expect(controls(byId('loop'))).toEqual([
      ['items', 'template'],
      ['maxIterations', 'number'],
    ]);
  });

  it('falls back to the schema for a widget outside the contract', () => {
    const odd = { ...PASSWORD_HASH, ui: { ...PASSWORD_HASH.ui, widgets: { rounds: 'slider', extra: 'code' } } };
    expect(controlOf(odd, 'rounds')).toBe('number');
    expect(controlOf(odd, 'extra')).toBe('code');
  });

  it('reads types from anyOf and treats a schema with no type as any JSON', () => {
    expect(typesOf({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toEqual(['string', 'integer']);
    const loose = {
      id: 'x',
      configSchema: { properties: { a: {}, b: { anyOf: [{ type: 'integer' }, { type: 'null' }] } } },
    };
    expect(controls(loose)).toEqual([
      ['a', 'json'],
      ['b', 'number'],
    ]);
  });

  it('filters the secret picker by the type secretFields give', () => {
    expect(formFields(byId('mongodb'))[0]).toMatchObject({ name: 'secret', control: 'secret', secretType: 'mongodb' });
    expect(formFields(PASSWORD_HASH).find((f) => f.name === 'pepper').secretType).toBe('pepper');
  });

  it('lets the operation picker own the fields each operation uses', () => {
    const owned = formFields(byId('database'))
      .filter((f) => f.ownedBy)
      .map((f) => f.name);
    expect(owned).toEqual(['filter', 'query', 'data', 'update', 'pipeline', 'options']);
    expect(
      formFields(byId('database'))
        .filter((f) => !f.ownedBy)
        .map((f) => f.name),
    ).toEqual(['collection', 'operation']);
  });

  it('names test ids <type>-<field>, keeping the condition expression id the browser tests use', () => {
    expect(formFields(byId('response')).map((f) => f.testId)).toEqual([
      'response-status',
      'response-body',
      'response-headers',
    ]);
    expect(formFields(byId('condition'))[0].testId).toBe('condition-expression');
    expect(formFields(byId('logic'))[0].testId).toBe('logic-code');
  });
});
