package io.dotportion.server.data;

import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.port.ManagedData;

/**
 * Gives a managed collection a schema when it has none, with the same steps as saving one through the explorer
 * ({@link DataSchemaService}): its unique fields become unique indexes first, then the schema is stored. A
 * collection that already has a schema keeps it.
 */
public final class SchemaSetup {
    /** What {@link #ensure} did. */
    public enum Outcome {
        CREATED,
        KEPT
    }

    private final ManagedData data;
    private final DataSchemaStore schemas;
    private final SchemaRules rules;

    public SchemaSetup(ManagedData data, DataSchemaStore schemas, SchemaRules rules) {
        this.data = data;
        this.schemas = schemas;
        this.rules = rules;
    }

    /**
     * @throws IllegalArgumentException when {@code schema} is not a valid schema (a template's own mistake)
     * @throws io.dotportion.core.port.ConflictException when stored documents already repeat a unique field
     */
    public Outcome ensure(String projectId, String collection, Object schema) {
        if (schemas.find(projectId, collection).isPresent()) {
            return Outcome.KEPT;
        }
        SchemaCompiler.Read read = rules.read(schema);
        if (read.schema() == null) {
            throw new IllegalArgumentException("the schema of '" + collection + "' is not valid: " + read.problems());
        }
        data.forProject(projectId).uniqueFields(collection, read.schema().uniqueFields());
        schemas.save(projectId, collection, read.schema().source());
        rules.forget(projectId, collection);
        return Outcome.CREATED;
    }
}
