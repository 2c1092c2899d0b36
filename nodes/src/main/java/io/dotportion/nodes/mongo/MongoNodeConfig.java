package io.dotportion.nodes.mongo;

import io.dotportion.core.template.ValueTemplate;

/**
 * The data of a {@code database} or {@code mongodb} node (docs/NODES.md#database, docs/NODES.md#mongodb).
 *
 * @param secret     mongodb only: the name of a {@code mongodb} secret holding the URL
 * @param database   mongodb only: the database to use instead of the one named in the URL
 * @param collection the collection; a plain name, never a template
 * @param operation  findOne, findMany, insertOne, insertMany, updateOne, updateMany, deleteOne, deleteMany,
 *                   count or aggregate
 * @param filter     which documents (templates allowed); absent means every document
 * @param query      DotPortion's name for {@code filter}
 * @param data       the document (insertOne), documents (insertMany) or fields to {@code $set} (updates)
 * @param update     a full update document of operators, instead of {@code data}
 * @param pipeline   aggregation stages (templates allowed)
 * @param options    sort, limit, skip and projection
 */
public record MongoNodeConfig(
        String secret,
        String database,
        String collection,
        String operation,
        ValueTemplate filter,
        ValueTemplate query,
        ValueTemplate data,
        ValueTemplate update,
        ValueTemplate pipeline,
        QueryOptions options) {

    public MongoNodeConfig {
        options = options == null ? QueryOptions.NONE : options;
    }

    /** The filter as written, under either of its names. */
    ValueTemplate effectiveFilter() {
        return filter != null ? filter : query;
    }

    /** The config path the filter was written at. */
    String filterPath() {
        return filter != null ? "filter" : "query";
    }
}
