package io.dotportion.server.http;

import java.util.List;
import java.util.Map;

/** What a request body or an answer holds: a Java type the mapper binds, a list of one, a schema, or nothing. */
public sealed interface Shape {
    /** A value of this type (a record, a String, a Map...), its schema derived from the type. */
    record Of(Class<?> type) implements Shape {}

    /** A JSON array of values of this type. */
    record ListOf(Class<?> type) implements Shape {}

    /** A JSON Schema given as is, for a body no Java type describes (a workflow document, a stored document). */
    record Schema(Map<String, Object> schema) implements Shape {}

    /** No body (204, or a request without one). */
    record None() implements Shape {}

    static Shape of(Class<?> type) {
        return new Of(type);
    }

    static Shape listOf(Class<?> type) {
        return new ListOf(type);
    }

    /** Any JSON object (fields named by the route's description). */
    static Shape anyObject() {
        return new Schema(Map.of("type", "object"));
    }

    /** A JSON object that has at least these fields (an answer the handler builds as a map). */
    static Shape objectWith(String... required) {
        return new Schema(Map.of("type", "object", "required", List.of(required)));
    }

    /** A JSON array of objects that have at least these fields. */
    static Shape listWith(String... required) {
        return new Schema(Map.of("type", "array", "items", Map.of("type", "object", "required", List.of(required))));
    }
}
