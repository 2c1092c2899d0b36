package io.dotportion.server.data;

import java.util.List;
import java.util.Map;

/**
 * The platform's own part of a collection schema: {@code "x-unique": ["email", ...]} at its top names top-level
 * fields whose values no two documents may share; each becomes a sparse unique index when the schema is saved.
 * JSON Schema validators ignore the keyword (it is not given to the validator), so the schema stays standard.
 */
final class UniqueFields {
    static final String KEYWORD = "x-unique";
    /** Unique fields per collection (each is an index; MongoDB allows 64 per collection). */
    static final int MAX = 20;

    private UniqueFields() {}

    static void check(Map<?, ?> schema, SchemaProblems problems) {
        if (!schema.containsKey(KEYWORD)) {
            return;
        }
        Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
        if (!(schema.get(KEYWORD) instanceof List<?> list)
                || list.size() > MAX
                || !list.stream().allMatch(String.class::isInstance)
                || list.stream().distinct().count() < list.size()) {
            problems.add(KEYWORD, "must be a list of at most " + MAX + " distinct field names");
            return;
        }
        for (Object name : list) {
            if (!properties.containsKey(name)) {
                problems.add(KEYWORD, "names " + name + ", which is not a field of the top-level properties");
            }
        }
    }

    /** The unique fields of a valid schema. */
    static List<String> of(Map<?, ?> schema) {
        return schema.get(KEYWORD) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }
}
