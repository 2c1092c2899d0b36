package io.dotportion.nodes.mongo;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** How the database and mongodb nodes describe themselves. */
final class MongoDescriptors {
    private static final List<String> OPERATIONS =
            Arrays.stream(Operation.values()).map(Operation::configName).toList();
    private static final List<String> ORDER = List.of(
            "secret",
            "database",
            "collection",
            "operation",
            "filter",
            "query",
            "data",
            "update",
            "pipeline",
            "options");

    static final NodeDescriptor DATABASE = describe(
            NodeDescriptor.builder(DatabaseNode.ID, NodeRole.STEP)
                    .label("Database")
                    .text(
                            "Read and write the project's managed database",
                            "Runs one operation on a collection of the project's own managed database (no secret "
                                    + "needed). Writes are checked against the collection's schema. Filters, documents and "
                                    + "pipelines may hold templates; operators are restricted to a safe set."),
            schema().without("secret").without("database"),
            false);

    static final NodeDescriptor MONGODB = describe(
            NodeDescriptor.builder(MongoDbNode.ID, NodeRole.STEP)
                    .label("MongoDB")
                    .text(
                            "Read and write your own MongoDB",
                            "Runs one operation on a collection of a MongoDB you own, reached through the URL in a "
                                    + "mongodb secret (egress rules apply). Filters, documents and pipelines may hold "
                                    + "templates; operators are restricted to a safe set.")
                    .secret("secret", "mongodb"),
            schema().field("secret", "Secret", "name of the project's mongodb secret holding the URL")
                    .field("database", "Database", "the database to use instead of the one named in the URL")
                    .required("secret"),
            true);

    private MongoDescriptors() {}

    private static ConfigSchema schema() {
        return ConfigSchema.of(MongoNodeConfig.class)
                .field("collection", "Collection", "the collection; a plain name, never a template")
                .field("operation", "Operation", "what to run")
                .with("operation", "enum", OPERATIONS)
                .with("operation", "default", "findMany")
                .field("filter", "Filter", "which documents (templates allowed); every document when absent")
                .with("filter", "type", List.of("object", "string"))
                .field("query", "Query", "DotPortion's name for filter")
                .with("query", "type", List.of("object", "string"))
                .field("data", "Data", "the document (insertOne), documents (insertMany) or fields to $set (updates)")
                .field("update", "Update", "a full update document of operators, instead of data")
                .with("update", "type", List.of("object", "string"))
                .field("pipeline", "Pipeline", "aggregation stages (templates allowed)")
                .with("pipeline", "type", List.of("array", "string"))
                .field("options", "Options", "sort, limit, skip and projection")
                .required("collection", "operation");
    }

    private static NodeDescriptor describe(
            io.dotportion.core.node.DescriptorBuilder builder, ConfigSchema schema, boolean secret) {
        List<String> order = ORDER.stream().filter(schema::has).toList();
        Map<String, String> widgets = secret
                ? Map.of("secret", "secret", "operation", "mongoOperation", "filter", "json", "data", "json")
                : Map.of("operation", "mongoOperation", "filter", "json", "data", "json");
        if (secret) {
            builder.initial("secret", "");
        }
        return builder.category(NodeCategory.DATA)
                .output(
                        "By operation: findOne the document or null; findMany and aggregate a list of documents; insertOne {insertedId}; insertMany {insertedIds, insertedCount}; updateOne and updateMany {matched, modified}; deleteOne and deleteMany {deleted}; count {count}. ObjectIds are 24-hex strings and dates ISO-8601 strings. When it fails and its error handle is connected, it leaves by error and the next node's input is {code, message}.")
                .ports(NodePorts.singleOrError())
                .config(schema)
                .initial("collection", "")
                .initial("operation", "findMany")
                .initial("filter", Map.of())
                .error(
                        ErrorCode.INVALID_REQUEST,
                        "a value from the request is not allowed in a query or a document "
                                + "breaks the collection's schema")
                .error(ErrorCode.UPSTREAM_UNAVAILABLE, "the database could not be reached or refused the operation")
                .error(ErrorCode.TIMEOUT, "the operation ran past the query time limit")
                .error(
                        ErrorCode.EXECUTION_FAILED,
                        "the operation failed for another reason (a bad secret, a " + "result over the document limit)")
                .ui(new UiHints(
                        secret ? "M" : "DB",
                        secret ? "#15803d" : "#475569",
                        List.of("operation", "collection"),
                        widgets,
                        order))
                .build();
    }
}
