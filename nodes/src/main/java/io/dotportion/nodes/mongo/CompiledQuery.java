package io.dotportion.nodes.mongo;

import io.dotportion.core.template.ValueTemplate;

/**
 * A node's query compiled once per deployed version: the operation, the collection, and each templated part
 * split into author structure and substituted values ({@link Shape}). Parts the operation does not use are null.
 */
record CompiledQuery(
        Operation operation,
        String collection,
        Shape filter,
        Shape data,
        Shape update,
        Shape pipeline,
        Shape sort,
        Shape projection,
        ValueTemplate limit,
        ValueTemplate skip) {

    /** Compiles a config that validated without errors. */
    static CompiledQuery compile(MongoNodeConfig config) {
        Operation operation = Operation.parse(config.operation())
                .orElseThrow(() -> new IllegalArgumentException("unknown operation"));
        QueryOptions options = config.options();
        return new CompiledQuery(
                operation,
                config.collection(),
                operation.usesFilter() ? shape(config.effectiveFilter(), false) : null,
                operation.isInsert() || operation.isUpdate() ? shape(config.data(), false) : null,
                operation.isUpdate() ? shape(config.update(), false) : null,
                operation == Operation.AGGREGATE ? shape(config.pipeline(), true) : null,
                shape(options.sort(), false),
                shape(options.projection(), false),
                options.limit(),
                options.skip());
    }

    private static Shape shape(ValueTemplate template, boolean expression) {
        return template == null ? null : Shape.of(template.raw(), expression);
    }
}
