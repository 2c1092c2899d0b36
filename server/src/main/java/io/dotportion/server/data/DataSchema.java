package io.dotportion.server.data;

import java.util.List;
import java.util.Map;

/**
 * A collection's schema: the rules of its documents, its unique top-level fields (each backed by a
 * unique index), and the JSON the user gave (returned as it was saved).
 */
record DataSchema(ObjectRule document, List<String> uniqueFields, Map<String, Object> source) {}
