// Which fields each database operation uses (docs/NODES.md#database, docs/NODES.md#mongodb).
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

export const FIELD_HELP = {
  filter: ['Filter', 'Which documents, e.g. {"_id": "{{request.params.id}}"}'],
  data: ['Data', 'The document(s) to insert, or the fields to $set'],
  update: ['Update', 'A full update document ({"$inc": {"n": 1}}) instead of Data'],
  pipeline: ['Pipeline', 'Aggregation stages, as a JSON array'],
  options: ['Options', 'sort, limit, skip, projection'],
};
