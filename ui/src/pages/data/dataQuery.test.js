import { describe, expect, it } from 'vitest';
import {
  documentsQuery,
  editableText,
  pageInfo,
  parseDocument,
  parseFilter,
  parseSchema,
  SCHEMA_STARTER,
  schemaDraft,
  skipAfterDelete,
  sortParam,
} from './dataQuery.js';

describe('parseFilter', () => {
  it('takes a blank filter as matching everything', () => {
    expect(parseFilter('')).toEqual({ filter: {} });
    expect(parseFilter('   ')).toEqual({ filter: {} });
    expect(parseFilter(undefined)).toEqual({ filter: {} });
  });

  it('reads a JSON object with operators', () => {
    expect(parseFilter(' {"age": {"$gte": 30}} ')).toEqual({ filter: { age: { $gte: 30 } } });
  });

  it('says why text that is not JSON is refused', () => {
    expect(parseFilter('{name: ada}').error).toMatch(/^The filter is not valid JSON/);
  });

  it.each(['[1]', '"ada"', '3', 'null', 'true'])('refuses %s: a filter is an object', (text) => {
    expect(parseFilter(text).error).toBe('The filter must be a JSON object, such as {"name": "Ada"}.');
  });

  it('refuses a filter the server would find too long', () => {
    expect(parseFilter(`{"a":"${'x'.repeat(2100)}"}`).error).toMatch(/longer than 2048/);
  });
});

describe('parseDocument and parseSchema', () => {
  it('drops the _id of an edited document (the path names it)', () => {
    expect(parseDocument('{"_id": "65a0", "title": "milk"}')).toEqual({ document: { title: 'milk' } });
  });

  it('refuses arrays and broken JSON with a message', () => {
    expect(parseDocument('[]').error).toMatch(/must be a JSON object/);
    expect(parseDocument('{"a":').error).toMatch(/not valid JSON/);
    expect(parseSchema('1').error).toMatch(/The schema must be a JSON object/);
    expect(parseSchema('{"required":["email"]}')).toEqual({ schema: { required: ['email'] } });
  });

  it('opens the schema editor on the schema, or on a standard JSON Schema starter without the old unique flag', () => {
    expect(JSON.parse(schemaDraft(null))).toEqual(SCHEMA_STARTER);
    expect(SCHEMA_STARTER.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(SCHEMA_STARTER['x-unique']).toEqual([]);
    expect(schemaDraft(null)).not.toMatch(/"unique"/);
    expect(JSON.parse(schemaDraft({ type: 'object', 'x-unique': ['email'] }))).toEqual({
      type: 'object',
      'x-unique': ['email'],
    });
  });

  it('shows a document for editing without its _id', () => {
    expect(editableText({ _id: 'x', a: 1 })).toBe('{\n  "a": 1\n}');
  });
});

describe('documentsQuery and sortParam', () => {
  it('always sends paging and leaves out an empty filter and sort', () => {
    expect(documentsQuery({ filter: {}, sort: '' })).toBe('skip=0&limit=20');
  });

  it('sends the filter as JSON and the sort as the API names it', () => {
    const query = new URLSearchParams(
      documentsQuery({ filter: { team: 'core' }, sort: sortParam(' age ', true), skip: 40 }),
    );
    expect(query.get('filter')).toBe('{"team":"core"}');
    expect(query.get('sort')).toBe('-age');
    expect(query.get('skip')).toBe('40');
    expect(sortParam('name', false)).toBe('name');
    expect(sortParam('  ', true)).toBe('');
  });
});

describe('pageInfo and skipAfterDelete', () => {
  it('describes the first of several pages', () => {
    expect(pageInfo({ total: 45, skip: 0, limit: 20 })).toEqual({
      label: '1–20 of 45',
      hasPrevious: false,
      hasNext: true,
      previousSkip: 0,
      nextSkip: 20,
    });
  });

  it('describes the last, partial page', () => {
    const info = pageInfo({ total: 45, skip: 40, limit: 20 });
    expect(info.label).toBe('41–45 of 45');
    expect(info.hasNext).toBe(false);
    expect(info.previousSkip).toBe(20);
  });

  it('says so when nothing matches', () => {
    expect(pageInfo({ total: 0, skip: 0, limit: 20 })).toMatchObject({ label: 'No documents', hasNext: false });
  });

  it('goes back a page when the only document of the last page is deleted, else stays', () => {
    expect(skipAfterDelete({ total: 21, skip: 20, limit: 20 })).toBe(0);
    expect(skipAfterDelete({ total: 45, skip: 20, limit: 20 })).toBe(20);
    expect(skipAfterDelete({ total: 1, skip: 0, limit: 20 })).toBe(0);
  });
});
