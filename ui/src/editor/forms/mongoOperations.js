// Which fields each database operation uses (database and mongodb nodes): the operation picker shows only those.
export const OPERATIONS = {
  findOne: ['filter', 'options'],
  findMany: ['filter', 'options'],
  insertOne: ['data'],
  insertMany: ['data'],
  updateOne: ['filter', 'data', 'update'],
  updateMany: ['filter', 'data', 'update'],
  deleteOne: ['filter'],
  deleteMany: ['filter'],
  count: ['filter'],
  aggregate: ['pipeline'],
};

/** The fields the operation picker edits; `query` is the alias of `filter` that exports carry. */
export const DEPENDENT_FIELDS = ['filter', 'query', 'data', 'update', 'pipeline', 'options'];

/** The key the filter lives under: `query` when only the alias is set. */
export function filterKey(config) {
  return config.filter === undefined && config.query !== undefined ? 'query' : 'filter';
}
