package io.dotportion.server.data;

/** Finds the rule of a dotted update path such as {@code address.city} or {@code tags.0} in a schema. */
final class FieldPaths {
    /** The rule at a path (null with the problem when the schema does not allow it), and whether it is required. */
    record Resolved(FieldRule rule, boolean required, String problem) {}

    private FieldPaths() {}

    static Resolved resolve(ObjectRule document, String path) {
        String[] segments = path.split("\\.", -1);
        ObjectRule object = document;
        FieldRule rule = null;
        boolean required = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (object != null) {
                rule = i == 0 && segment.equals("_id") && !object.properties().containsKey("_id")
                        ? FieldRule.ANY
                        : object.field(segment);
                required = object.required().contains(segment);
                if (rule == null) {
                    return new Resolved(null, required, "is not allowed: the schema allows no other fields");
                }
            } else if (rule.allows(FieldType.ARRAY) && isIndex(segment)) {
                rule = rule.items() != null ? rule.items() : FieldRule.ANY;
                required = false;
            } else if (rule.types().isEmpty() || rule.allows(FieldType.OBJECT)) {
                rule = FieldRule.ANY;
                required = false;
            } else {
                return new Resolved(null, false, "is inside a field that is not an object or array");
            }
            object = rule.object();
        }
        return new Resolved(rule, required, null);
    }

    private static boolean isIndex(String segment) {
        return segment.equals("$") || segment.equals("$[]") || segment.matches("[0-9]+|\\$\\[[A-Za-z0-9]*]");
    }
}
