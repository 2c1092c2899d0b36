import { createElement as h } from 'react';
import { describe, expect, it } from 'vitest';
import { DESCRIPTORS, PASSWORD_HASH } from '../model/descriptors.fixture.js';
import { CATALOG } from '../model/fixtures.js';
import { attributes, nodeTypesState, render } from '../testRender.js';
import NodeForm from './NodeForm.jsx';

const byId = (id) => DESCRIPTORS.find((d) => d.id === id);
const SECRETS = [
  { name: 'signing', type: 'jwt' },
  { name: 'users_db', type: 'mongodb' },
];

function form(descriptor, config, problems = {}) {
  const props = {
    kind: descriptor?.id || 'mystery',
    descriptor,
    config,
    set: () => () => {},
    replace: () => {},
    errors: (field) => problems[field] || [],
    suggestions: [],
    secrets: SECRETS,
    meta: { method: 'POST', path: '/x', log: null },
    setMeta: () => {},
  };
  return render(h(NodeForm, props), nodeTypesState(CATALOG));
}

const testIds = (html) => attributes(html, 'data-testid').filter((id) => !id.startsWith('field-'));

describe('the schema-driven node form', () => {
  it('renders a control per field of an eleventh type from its schema alone', () => {
    const html = form(PASSWORD_HASH, { mode: 'verify', password: '{{input.pw}}' });
    expect(testIds(html)).toEqual([
      'passwordHash-mode',
      'passwordHash-password',
      'passwordHash-pepper',
      'passwordHash-rounds',
      'passwordHash-rehash',
      'passwordHash-extra',
      'passwordHash-tags',
    ]);
    expect(html).toMatch(/<select[^>]*data-testid="passwordHash-mode"/);
    expect(html).toContain('<option value="verify" selected="">verify</option>');
    expect(html).toMatch(/<input type="text"[^>]*data-testid="passwordHash-password"[^>]*value="\{\{input.pw\}\}"/);
    expect(html).toMatch(/<input type="number" data-testid="passwordHash-rounds" placeholder="10" id="[^"]+" value=""/);
    expect(html).toMatch(/<input type="checkbox"[^>]*data-testid="passwordHash-rehash"/);
    expect(html).toMatch(/<textarea[^>]*data-testid="passwordHash-extra"/);
  });

  it('marks required fields and shows titles and descriptions', () => {
    const html = form(PASSWORD_HASH, {});
    expect(html).toMatch(
      /data-testid="field-passwordHash-password"><label class="field-label" [^>]*>Password<abbr class="field-required" title="required">\*<\/abbr>/,
    );
    expect(html).toMatch(/<span class="field-hint" id="[^"]+">A template naming the password<\/span>/);
    expect(html).toMatch(/<label class="field-label" [^>]*>Rounds<\/label>/);
  });

  it('shows each violation under its own field', () => {
    const html = form(byId('condition'), { condition: '{{input.age}} >=' }, { condition: ['Not a valid expression'] });
    expect(html).toMatch(
      /<span id="[^"]+" class="field-error" data-testid="field-error-condition-expression">Not a valid expression<\/span>/,
    );
    expect(form(byId('jwtGenerate'), {}, { expiresIn: ['Use 30s, 10m, 1h or 7d'] })).toContain(
      'data-testid="field-error-jwtGenerate-expiresIn">Use 30s, 10m, 1h or 7d',
    );
  });

  it('gives Logic its code editor and Condition its expression field', () => {
    expect(form(byId('logic'), { code: 'return input;' })).toMatch(
      /data-testid="field-logic-code"[^>]*>.*<div class="cm-theme-light code-field"/,
    );
    expect(form(byId('condition'), { condition: 'true' })).toMatch(
      /data-testid="field-condition-expression"[^>]*>.*<div class="cm-theme-light code-field"/,
    );
  });

  it('gives the parameters node its table of sources', () => {
    const html = form(byId('parameters'), { sources: [{ from: 'query', parameters: { q: { type: 'string' } } }] });
    expect(testIds(html)).toEqual(
      expect.arrayContaining([
        'source-0',
        'source-0-from',
        'param-0-0',
        'param-0-0-name',
        'param-0-0-type',
        'add-parameter-0',
        'add-source',
      ]),
    );
  });

  it('lists only the secrets of the type the field needs', () => {
    const jwt = form(byId('jwtVerify'), { secret: 'signing' });
    expect(jwt).toContain('<option value="signing" selected="">signing</option>');
    expect(jwt).not.toContain('users_db');
    const mongo = form(byId('mongodb'), { secret: '' });
    expect(mongo).toContain('<option value="users_db">users_db</option>');
    expect(mongo).not.toContain('>signing<');
  });

  it('shows the fields of the chosen database operation only', () => {
    const find = testIds(form(byId('database'), { collection: 'users', operation: 'findMany', filter: {} }));
    expect(find).toEqual(['database-collection', 'database-operation', 'database-filter', 'database-options']);
    const insert = testIds(form(byId('mongodb'), { operation: 'insertOne', data: { a: 1 } }));
    expect(insert).toEqual([
      'mongodb-secret',
      'mongodb-database',
      'mongodb-collection',
      'mongodb-operation',
      'mongodb-data',
    ]);
  });

  it('edits a filter written as query under the filter field', () => {
    const html = form(byId('database'), { operation: 'count', query: { done: true } });
    expect(html).toMatch(/data-testid="database-filter"[^>]*>\{\n {2}&quot;done&quot;: true\n\}<\/textarea>/);
  });

  it('gives the response its status, body and headers widgets', () => {
    const html = form(byId('response'), { status: 201, body: { adult: true } });
    expect(html).toMatch(/<input type="text"[^>]*data-testid="response-status"[^>]*value="201"/);
    expect(html).toMatch(/<textarea[^>]*data-testid="response-body"/);
    expect(html).toMatch(/<textarea class="code" rows="3"[^>]*data-testid="response-headers"/);
  });

  it('shows an enum default as the selected choice when the field is unset', () => {
    expect(form(byId('jwtGenerate'), {})).toContain('<option value="HS256" selected="">HS256</option>');
  });

  it('edits a type it has no descriptor for as raw JSON', () => {
    const html = form(null, { url: 'https://example.org' });
    expect(testIds(html)).toEqual(['unknown-data']);
  });

  it('keeps the API Start form on the workflow method and path', () => {
    expect(testIds(form(byId('apiStart'), {}))).toEqual([
      'start-method',
      'start-path',
      'start-log-mode',
      'start-masking-names',
      'start-masking-extra',
      'start-masking-except',
    ]);
  });
});
