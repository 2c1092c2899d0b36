// The palette: the node types that can be added, grouped by category, filtered by a search.

const CATEGORIES = [
  ['trigger', 'Triggers'],
  ['input', 'Input'],
  ['logic', 'Logic'],
  ['flow', 'Flow'],
  ['auth', 'Auth'],
  ['data', 'Data'],
  ['output', 'Output'],
];
const HEADINGS = new Map(CATEGORIES);

function heading(category) {
  return HEADINGS.get(category) || category.charAt(0).toUpperCase() + category.slice(1);
}

function matches(type, q) {
  return !q || type.label.toLowerCase().includes(q) || type.description.toLowerCase().includes(q);
}

/**
 * Groups [{category, heading, types}] in the categories' order (unknown categories last, as they come).
 * A type with no input (the workflow's one entry) is never offered: a workflow is created with it.
 */
export function paletteGroups(catalog, query) {
  const q = (query || '').trim().toLowerCase();
  const shown = catalog.types.filter((t) => t.input && matches(t, q));
  const order = [...CATEGORIES.map(([c]) => c), ...shown.map((t) => t.category)];
  const categories = [...new Set(order)];
  return categories
    .map((category) => ({ category, heading: heading(category), types: shown.filter((t) => t.category === category) }))
    .filter((g) => g.types.length > 0);
}
