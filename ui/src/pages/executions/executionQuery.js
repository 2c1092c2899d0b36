// The executions page's filters as the API's query (docs/EXECUTIONS.md, "Listing: filters and pages"), and
// its pages: the first page fixes the query (a relative window starts at the moment it was asked), and
// "Load more" asks the same query with the cursor the last page answered.

export const PAGE_SIZE = 50;

export const WINDOWS = [
  ['', 'Any time'],
  ['3600000', 'Last hour'],
  ['86400000', 'Last 24 hours'],
  ['604800000', 'Last 7 days'],
  ['custom', 'Between…'],
];

export const STATUSES = [
  ['', 'Any status'],
  ['ok', 'ok'],
  ['error', 'error'],
];

export const KINDS = [
  ['', 'Any kind'],
  ['deployed', 'Deployed'],
  ['test', 'Test runs'],
];

export const HTTP_CLASSES = [
  ['', 'Any HTTP status'],
  ['2xx', '2xx'],
  ['3xx', '3xx'],
  ['4xx', '4xx'],
  ['5xx', '5xx'],
];

export const NO_FILTERS = { workflowId: '', status: '', kind: '', httpStatus: '', window: '', from: '', to: '' };

const PASSED_AS_IS = ['workflowId', 'status', 'kind', 'httpStatus'];

/**
 * The API parameters for these filters: `{ params }`, or `{ error }` when a custom range cannot be asked.
 * `from`/`to` of a custom range are the values of datetime-local inputs (local time).
 */
export function executionParams(filters, now = Date.now()) {
  const params = {};
  PASSED_AS_IS.forEach((key) => {
    if (filters[key]) params[key] = filters[key];
  });
  if (filters.window === 'custom') {
    const from = instant(filters.from);
    const to = instant(filters.to);
    if (from === undefined || to === undefined) return { error: 'Enter a valid date and time.' };
    if (from && to && Date.parse(from) >= Date.parse(to)) return { error: '"To" must be after "From".' };
    if (from) params.from = from;
    if (to) params.to = to;
  } else if (filters.window) {
    params.from = new Date(now - Number(filters.window)).toISOString();
  }
  params.limit = String(PAGE_SIZE);
  return { params };
}

/** The list after one more page: its runs appended (any already shown left out) and its cursor kept. */
export function appendPage(list, page) {
  const shown = new Set(list.items.map((e) => e.id));
  return { items: [...list.items, ...page.items.filter((e) => !shown.has(e.id))], next: page.next || null };
}

/** null for an empty value, undefined for one that is not a date, else the ISO-8601 instant. */
function instant(local) {
  if (!local) return null;
  const time = Date.parse(local);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}
