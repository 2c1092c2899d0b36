package io.dotportion.server.data;

import io.dotportion.core.port.DataCollections.SortKey;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.mongo.RegexRules;
import io.dotportion.server.http.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code filter} and {@code sort} of a document page. A filter is a JSON object of field conditions with
 * the query operators in {@link #OPERATORS} only (no {@code $where}, {@code $expr} or {@code $function}: nothing
 * that runs code or scans with expressions), at most {@link #MAX_FILTER_LENGTH} characters and
 * {@link #MAX_DEPTH} levels deep. A sort is up to {@link #MAX_SORT_KEYS} comma-separated field paths, each
 * descending when it starts with {@code -}.
 */
record ExplorerQuery(Map<String, Object> filter, List<SortKey> sort) {
    static final int MAX_FILTER_LENGTH = 2048;
    static final int MAX_DEPTH = 8;
    static final int MAX_SORT_KEYS = 3;
    static final Set<String> OPERATORS = Set.of(
            "$eq",
            "$ne",
            "$gt",
            "$gte",
            "$lt",
            "$lte",
            "$in",
            "$nin",
            "$exists",
            "$type",
            "$and",
            "$or",
            "$nor",
            "$not",
            "$regex",
            "$options",
            "$all",
            "$size",
            "$elemMatch",
            "$oid",
            "$date");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}");

    ExplorerQuery {
        filter = Collections.unmodifiableMap(new LinkedHashMap<>(filter));
        sort = List.copyOf(sort);
    }

    /** Reads the raw query values (null when absent); 400 INVALID_INPUT naming what is wrong. */
    @SuppressWarnings("unchecked")
    static ExplorerQuery of(String filterText, String sortText) {
        Map<String, Object> filter = Map.of();
        if (filterText != null && !filterText.isBlank()) {
            if (filterText.length() > MAX_FILTER_LENGTH) {
                throw ApiException.invalid("filter is longer than " + MAX_FILTER_LENGTH + " characters");
            }
            Object parsed;
            try {
                parsed = Json.parseInput(filterText);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("filter is not valid JSON");
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw ApiException.invalid("filter must be a JSON object such as {\"name\": \"Ada\"}");
            }
            check(map, 1);
            RegexRules.firstUnsafe(map).ifPresent(problem -> {
                throw ApiException.invalid("filter: " + problem);
            });
            filter = (Map<String, Object>) map;
        }
        return new ExplorerQuery(filter, sort(sortText));
    }

    private static void check(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw ApiException.invalid("filter is nested deeper than " + MAX_DEPTH + " levels");
        }
        if (value instanceof Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                if (key.startsWith("$") && !OPERATORS.contains(key)) {
                    throw ApiException.invalid("filter operator '" + key + "' is not allowed; use one of "
                            + String.join(", ", OPERATORS.stream().sorted().toList()));
                }
                check(entry.getValue(), depth + 1);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> check(item, depth + 1));
        }
    }

    private static List<SortKey> sort(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_SORT_KEYS) {
            throw ApiException.invalid("sort names at most " + MAX_SORT_KEYS + " fields");
        }
        List<SortKey> keys = new ArrayList<>();
        for (String part : parts) {
            String p = part.strip();
            boolean descending = p.startsWith("-");
            String field = descending ? p.substring(1) : p;
            if (!FIELD.matcher(field).matches() || field.contains("..") || field.endsWith(".")) {
                throw ApiException.invalid("sort takes field paths such as 'name' or '-createdAt', comma-separated");
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }
}
