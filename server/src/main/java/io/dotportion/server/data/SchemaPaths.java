package io.dotportion.server.data;

import java.util.List;
import java.util.Map;

/**
 * Finds the schema of a dotted update path such as {@code address.city} or {@code tags.0} inside a collection schema,
 * following {@code $ref}s into {@code $defs}, so an update operator can be checked against the field it changes.
 */
final class SchemaPaths {
    private static final String DEFS = "#/$defs/";

    /**
     * The schema at a path: {@code pointer} is its JSON pointer in the collection schema, null when the schema puts
     * no rule on the field ({@code schema} is then empty); {@code declared} when the schema names the field;
     * {@code required} when its object requires it; {@code problem} when the schema does not allow the field.
     */
    record Resolved(Map<?, ?> schema, String pointer, boolean declared, boolean required, String problem) {
        static final Resolved ANY = new Resolved(Map.of(), null, false, false, null);

        static Resolved refused(String problem) {
            return new Resolved(Map.of(), null, false, false, problem);
        }

        /** Whether the field may hold a value of a JSON type (so whenever the schema declares no type). */
        boolean allows(String type) {
            Object declaredType = schema.get("type");
            return declaredType == null
                    || declaredType.equals(type)
                    || declaredType instanceof List<?> list && list.contains(type);
        }
    }

    private SchemaPaths() {}

    static Resolved resolve(Map<?, ?> root, String path) {
        String[] segments = path.split("\\.", -1);
        Object node = root;
        String pointer = "";
        boolean named = false;
        boolean required = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (referenced(node) != null) {
                pointer = referenced(node).substring(1);
                node = definition(root, referenced(node));
            }
            if (!(node instanceof Map<?, ?> schema) || schema.isEmpty()) {
                return Boolean.FALSE.equals(node) ? Resolved.refused("is not allowed") : Resolved.ANY;
            }
            if (i == 0 && segment.equals("_id") && !properties(schema).containsKey("_id")) {
                return Resolved.ANY;
            }
            boolean typed = schema.get("type") != null;
            boolean array = schema.containsKey("items") || typed && allows(schema, "array");
            named = false;
            required = false;
            if (array && isIndex(segment)) {
                if (!schema.containsKey("items")) {
                    return Resolved.ANY;
                }
                node = schema.get("items");
                pointer += "/items";
            } else if (typed && !allows(schema, "object")) {
                return Resolved.refused("is inside a field that is not an object or array");
            } else if (properties(schema).containsKey(segment)) {
                node = properties(schema).get(segment);
                pointer += "/properties/" + segment.replace("~", "~0").replace("/", "~1");
                named = true;
                required = schema.get("required") instanceof List<?> names && names.contains(segment);
            } else if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                return Resolved.refused("is not allowed: the schema allows no other fields");
            } else if (schema.get("additionalProperties") instanceof Map<?, ?> other) {
                node = other;
                pointer += "/additionalProperties";
            } else {
                return Resolved.ANY;
            }
        }
        if (referenced(node) != null) {
            pointer = referenced(node).substring(1);
            node = definition(root, referenced(node));
        }
        if (Boolean.FALSE.equals(node)) {
            return Resolved.refused("is not allowed");
        }
        return node instanceof Map<?, ?> m && !m.isEmpty()
                ? new Resolved(m, pointer, true, required, null)
                : new Resolved(Map.of(), null, named, required, null);
    }

    private static String referenced(Object node) {
        return node instanceof Map<?, ?> m && m.get("$ref") instanceof String ref && ref.startsWith(DEFS) ? ref : null;
    }

    private static Object definition(Map<?, ?> root, String ref) {
        return root.get("$defs") instanceof Map<?, ?> defs ? defs.get(ref.substring(DEFS.length())) : null;
    }

    private static boolean allows(Map<?, ?> schema, String type) {
        return new Resolved(schema, null, false, false, null).allows(type);
    }

    private static Map<?, ?> properties(Map<?, ?> schema) {
        return schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
    }

    private static boolean isIndex(String segment) {
        return segment.equals("$") || segment.equals("$[]") || segment.matches("[0-9]+|\\$\\[[A-Za-z0-9]*]");
    }
}
