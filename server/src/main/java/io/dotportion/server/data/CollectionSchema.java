package io.dotportion.server.data;

import com.networknt.schema.Schema;
import io.dotportion.core.node.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A collection's schema, compiled: the standard JSON Schema as stored ({@code source}, returned as saved), its
 * unique fields ({@link UniqueFields}), the compiled validator of whole documents, and the compiled parts an update
 * path points to (each compiled once, the first time an update touches it, and kept with the schema).
 */
final class CollectionSchema {
    private final Map<String, Object> source;
    private final List<String> uniqueFields;
    private final Schema documents;
    private final Function<Object, Schema> compiler;
    private final Map<String, Schema> parts = new ConcurrentHashMap<>();

    CollectionSchema(Map<String, Object> source, Schema documents, Function<Object, Schema> compiler) {
        this.source = source;
        this.uniqueFields = UniqueFields.of(source);
        this.documents = documents;
        this.compiler = compiler;
    }

    Map<String, Object> source() {
        return source;
    }

    List<String> uniqueFields() {
        return uniqueFields;
    }

    /**
     * Every problem of a whole document, each path after {@code base}. A top-level {@code _id} the schema does not
     * declare is not checked (the database sets it).
     */
    List<FieldError> checkDocument(Map<?, ?> document, String base) {
        Map<Object, Object> body = new LinkedHashMap<>(document);
        if (!(source.get("properties") instanceof Map<?, ?> p && p.containsKey("_id"))) {
            body.remove("_id");
        }
        return SchemaErrors.of(documents.validate(JsonValues.node(body)), base);
    }

    /** The schema of an update path (see {@link SchemaPaths}). */
    SchemaPaths.Resolved resolve(String path) {
        return SchemaPaths.resolve(source, path);
    }

    /** Every problem of a value written at a resolved path, each path after {@code base}. */
    List<FieldError> checkValue(SchemaPaths.Resolved at, Object value, String base) {
        if (at.pointer() == null) {
            return List.of();
        }
        Schema part = parts.computeIfAbsent(at.pointer(), pointer -> compiler.apply(standalone(at.schema())));
        return SchemaErrors.of(part.validate(JsonValues.node(value)), base);
    }

    /** A part of the schema as a schema of its own: with the definitions its references may need. */
    private Map<String, Object> standalone(Map<?, ?> part) {
        Map<String, Object> out = new LinkedHashMap<>();
        part.forEach((k, v) -> out.put(String.valueOf(k), v));
        if (source.containsKey("$defs")) {
            out.put("$defs", source.get("$defs"));
        }
        return out;
    }
}
