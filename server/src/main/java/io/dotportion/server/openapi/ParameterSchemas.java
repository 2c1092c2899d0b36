package io.dotportion.server.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON schema of one declared request parameter (a {@code parameters} node entry): its type, and
 * {@code min}/{@code max} as the node applies them (value of numbers, length of text, size of arrays),
 * {@code pattern}, {@code enum} and {@code default}.
 */
final class ParameterSchemas {
    private ParameterSchemas() {}

    static Map<String, Object> of(Map<?, ?> spec) {
        Map<String, Object> schema = new LinkedHashMap<>();
        String type = spec.get("type") instanceof String t ? t.strip().toLowerCase(Locale.ROOT) : "";
        String[] bounds = switch (type) {
            case "number", "integer" -> new String[] {"minimum", "maximum"};
            case "string", "email", "password" -> new String[] {"minLength", "maxLength"};
            case "array" -> new String[] {"minItems", "maxItems"};
            default -> null;
        };
        switch (type) {
            case "email" -> {
                schema.put("type", "string");
                schema.put("format", "email");
            }
            case "password" -> {
                schema.put("type", "string");
                schema.put("format", "password");
            }
            case "string", "number", "integer", "boolean", "object" -> schema.put("type", type);
            case "array" -> {
                schema.put("type", "array");
                schema.put("items", Map.of());
            }
            default -> {}
        }
        if (bounds != null) {
            boolean whole = !bounds[0].equals("minimum");
            bound(schema, bounds[0], spec.get("min"), whole);
            bound(schema, bounds[1], spec.get("max"), whole);
        }
        if (spec.get("pattern") instanceof String pattern
                && (type.equals("string") || type.equals("email") || type.equals("password"))) {
            schema.put("pattern", pattern);
        }
        if (spec.get("enum") instanceof List<?> values && !values.isEmpty()) {
            schema.put("enum", values);
        }
        if (spec.containsKey("default")) {
            schema.put("default", spec.get("default"));
        }
        return schema;
    }

    static boolean required(Map<?, ?> spec) {
        return Boolean.TRUE.equals(spec.get("required")) && !spec.containsKey("default");
    }

    /** Lengths and sizes are whole, non-negative numbers; value bounds may be any number. */
    private static void bound(Map<String, Object> schema, String keyword, Object value, boolean whole) {
        if (!(value instanceof Number n)) {
            return;
        }
        if (!whole) {
            schema.put(keyword, n);
        } else if (n.doubleValue() >= 0 && n.doubleValue() == Math.floor(n.doubleValue())) {
            schema.put(keyword, n instanceof Integer || n instanceof Long ? n : n.longValue());
        }
    }
}
