// The logic of the data page: the filter and documents typed as JSON, the sort field, and the paging state.

export const PAGE_SIZE = 20;
export const MAX_FILTER_LENGTH = 2048;

function parseObject(text, what, example) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `The ${what} is not valid JSON: ${e.message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: `The ${what} must be a JSON object, such as ${example}.` };
  }
  return { value };
}

/** The filter text as an object ({} when blank), or an error to show under the field. */
export function parseFilter(text) {
  const trimmed = (text || '').trim();
  if (!trimmed) return { filter: {} };
  if (trimmed.length > MAX_FILTER_LENGTH) {
    return { error: `The filter is longer than ${MAX_FILTER_LENGTH} characters.` };
  }
  const { value, error } = parseObject(trimmed, 'filter', '{"name": "Ada"}');
  return error ? { error } : { filter: value };
}

/** A document typed in the editor as an object, or an error; `_id` is dropped (the path names it). */
export function parseDocument(text) {
  const { value, error } = parseObject((text || '').trim(), 'document', '{"title": "milk"}');
  if (error) return { error };
  const { _id, ...rest } = value;
  return { document: rest };
}

/** A new collection schema: standard JSON Schema (draft 2020-12), unique fields listed in `x-unique`. */
export const SCHEMA_STARTER = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: [],
  properties: {},
  'x-unique': [],
};

/** The text the schema editor opens with: the collection's schema, or the starter when it has none. */
export function schemaDraft(schema) {
  return JSON.stringify(schema || SCHEMA_STARTER, null, 2);
}

/** The schema typed in its editor as an object, or an error. */
export function parseSchema(text) {
  const { value, error } = parseObject((text || '').trim(), 'schema', '{"type": "object", "required": ["email"]}');
  return error ? { error } : { schema: value };
}

/** The sort as the API's `sort` value: blank for natural order, `-field` for descending. */
export function sortParam(field, descending) {
  const name = (field || '').trim();
  if (!name) return '';
  return descending ? `-${name}` : name;
}

/** The query string of a documents page. */
export function documentsQuery({ filter, sort, skip = 0, limit = PAGE_SIZE }) {
  const query = new URLSearchParams({ skip: String(skip), limit: String(limit) });
  if (filter && Object.keys(filter).length > 0) query.set('filter', JSON.stringify(filter));
  if (sort) query.set('sort', sort);
  return query.toString();
}

/** What the pager shows and allows for an answered page {total, skip, limit}. */
export function pageInfo({ total, skip, limit }) {
  const shown = Math.max(0, Math.min(limit, total - skip));
  return {
    label: total === 0 ? 'No documents' : `${skip + 1}–${skip + shown} of ${total}`,
    hasPrevious: skip > 0,
    hasNext: skip + limit < total,
    previousSkip: Math.max(0, skip - limit),
    nextSkip: skip + limit,
  };
}

/** The skip to show after deleting a document: back one page when the last one on the page went. */
export function skipAfterDelete({ total, skip, limit }) {
  const remaining = total - 1;
  return skip > 0 && skip >= remaining ? Math.max(0, skip - limit) : skip;
}

/** A document as the editor shows it: pretty JSON without its `_id`. */
export function editableText(document) {
  const { _id, ...rest } = document || {};
  return JSON.stringify(rest, null, 2);
}
