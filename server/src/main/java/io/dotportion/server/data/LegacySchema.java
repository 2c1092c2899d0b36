package io.dotportion.server.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads schemas of the platform's first format (before collection schemas were standard JSON Schema) as
 * standard ones: {@code "unique": true} on a top-level field becomes its name in {@code x-unique}; the types
 * {@code date} and {@code objectId} become {@code {"type": "string", "format": "date-time"}} and
 * {@code {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"}}; in a stored schema {@code format}, which that format
 * ignored, is dropped (so it does not start refusing documents). Stored schemas are read through it, and a schema
 * saved in that format is stored in the new one.
 */
final class LegacySchema {
    static final String OBJECT_ID_PATTERN = "^[0-9a-fA-F]{24}$";
    private static final Set<String> OLD_TYPES = Set.of("date", "objectId");

    private LegacySchema() {}

    /**
     * Whether a schema uses the first format: a field marked {@code unique}, typed {@code date}/{@code objectId}, or
     * (when {@code stored}) with a {@code format} the standard form does not know.
     */
    static boolean is(Map<?, ?> schema, boolean stored) {
        return schema.get("properties") instanceof Map<?, ?> props
                && props.values().stream().anyMatch(field -> oldField(field, stored));
    }

    private static boolean oldField(Object field, boolean stored) {
        if (!(field instanceof Map<?, ?> map)) {
            return false;
        }
        return map.containsKey("unique")
                || types(map.get("type")).stream().anyMatch(OLD_TYPES::contains)
                || stored && map.containsKey("format") && !SchemaSubset.FORMATS.contains(map.get("format"))
                || map.get("properties") instanceof Map<?, ?> props
                        && props.values().stream().anyMatch(f -> oldField(f, stored))
                || oldField(map.get("items"), stored);
    }

    /**
     * The same schema in the standard form; {@code stored} drops {@code format}s. A {@code unique} below the top
     * stays, for the subset check to refuse (the first format refused it too).
     */
    static Map<String, Object> migrate(Map<?, ?> schema, boolean stored) {
        List<String> unique = new ArrayList<>();
        Map<String, Object> out = copy(schema);
        if (schema.get("properties") instanceof Map<?, ?> props) {
            out.put("properties", fields(props, unique, stored));
        }
        if (!unique.isEmpty()) {
            out.put(UniqueFields.KEYWORD, List.copyOf(unique));
        }
        return out;
    }

    private static Map<String, Object> fields(Map<?, ?> props, List<String> unique, boolean stored) {
        Map<String, Object> out = new LinkedHashMap<>();
        props.forEach(
                (name, field) -> out.put(String.valueOf(name), field(String.valueOf(name), field, unique, stored)));
        return out;
    }

    private static Object field(String name, Object raw, List<String> unique, boolean stored) {
        if (!(raw instanceof Map<?, ?> map)) {
            return raw;
        }
        Map<String, Object> out = copy(map);
        if (unique != null && Boolean.TRUE.equals(out.remove("unique"))) {
            unique.add(name);
        }
        if (unique != null && Boolean.FALSE.equals(out.get("unique"))) {
            out.remove("unique");
        }
        if (stored) {
            out.remove("format");
        }
        retype(out);
        if (map.get("properties") instanceof Map<?, ?> props) {
            out.put("properties", fields(props, null, stored));
        }
        if (map.containsKey("items")) {
            out.put("items", field("items", map.get("items"), null, stored));
        }
        return out;
    }

    private static void retype(Map<String, Object> field) {
        List<String> types = types(field.get("type"));
        boolean date = types.contains("date");
        boolean objectId = types.contains("objectId");
        if (!date && !objectId) {
            return;
        }
        Set<String> kept = new LinkedHashSet<>(types);
        kept.removeAll(OLD_TYPES);
        if (!kept.contains("string")) {
            if (date && !objectId) {
                field.put("format", "date-time");
            } else if (objectId && !date && !field.containsKey("pattern")) {
                field.put("pattern", OBJECT_ID_PATTERN);
            }
            kept.add("string");
        }
        field.put("type", kept.size() == 1 ? kept.iterator().next() : List.copyOf(kept));
    }

    private static List<String> types(Object type) {
        return type instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : type == null ? List.of() : List.of(String.valueOf(type));
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
