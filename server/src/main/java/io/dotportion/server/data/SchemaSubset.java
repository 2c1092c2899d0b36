package io.dotportion.server.data;

import io.dotportion.nodes.mongo.RegexRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks that a collection schema keeps to the subset of JSON Schema (draft 2020-12) the platform enforces, and
 * reports every keyword outside it with its path (docs/OPERATIONS.md, "Managed data"). References are local only
 * ({@code #/$defs/name}): nothing is ever fetched. Patterns follow the platform's regex rules ({@link RegexRules}).
 */
final class SchemaSubset {
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final int MAX_DEPTH = 10;
    static final int MAX_PROPERTIES = 200;
    static final int MAX_ENUM = 200;
    static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "null");
    static final Set<String> FORMATS =
            Set.of("date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname");
    private static final Set<String> COUNTS =
            Set.of("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties");
    private static final Set<String> NUMBERS = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
    private static final Set<String> ANNOTATIONS =
            Set.of("title", "description", "$comment", "default", "examples", "deprecated", "readOnly", "writeOnly");
    private static final Pattern LOCAL_REF = Pattern.compile("#/\\$defs/([^/~]+)");

    private final SchemaProblems problems;
    private final boolean checkRegexRules;
    private Map<?, ?> defs = Map.of();

    private SchemaSubset(SchemaProblems problems, boolean checkRegexRules) {
        this.problems = problems;
        this.checkRegexRules = checkRegexRules;
    }

    /**
     * Reports every problem of a schema (a map). {@code checkRegexRules} is false for schemas stored before the
     * rules applied to them: their patterns still run under {@link BoundedPatterns}' budget.
     */
    static void check(Map<?, ?> schema, SchemaProblems problems, boolean checkRegexRules) {
        SchemaSubset subset = new SchemaSubset(problems, checkRegexRules);
        if (schema.get("$defs") instanceof Map<?, ?> d) {
            subset.defs = d;
        }
        subset.root(schema);
    }

    private void root(Map<?, ?> schema) {
        Object dialect = schema.get("$schema");
        if (dialect != null && !isDialect(dialect)) {
            problems.add("$schema", "only draft 2020-12 is supported: remove $schema or set it to " + DIALECT);
        }
        if (schema.containsKey("$defs")) {
            if (schema.get("$defs") instanceof Map<?, ?> d) {
                d.forEach((name, sub) -> walk(sub, SchemaProblems.join("$defs", String.valueOf(name)), 1));
            } else {
                problems.add("$defs", "must be an object of named schemas");
            }
        }
        UniqueFields.check(schema, problems);
        walk(schema, "", 0);
    }

    /** Whether a {@code $schema} value names draft 2020-12. */
    static boolean isDialect(Object value) {
        return DIALECT.equals(value) || (DIALECT + "#").equals(value);
    }

    private void walk(Object schema, String path, int depth) {
        if (schema instanceof Boolean) {
            return;
        }
        if (!(schema instanceof Map<?, ?> map)) {
            problems.add(path, "must be a schema: an object (or true or false)");
            return;
        }
        if (depth > MAX_DEPTH) {
            problems.add(path, "nests deeper than " + MAX_DEPTH + " levels");
            return;
        }
        map.forEach((k, v) -> keyword(String.valueOf(k), v, SchemaProblems.join(path, String.valueOf(k)), depth));
        ordered(map, path, "minLength", "maxLength");
        ordered(map, path, "minItems", "maxItems");
        ordered(map, path, "minProperties", "maxProperties");
        ordered(map, path, "minimum", "maximum");
    }

    private void keyword(String key, Object value, String path, int depth) {
        if (ANNOTATIONS.contains(key)) {
            return;
        }
        if (COUNTS.contains(key)) {
            count(value, path);
            return;
        }
        if (NUMBERS.contains(key)) {
            if (SchemaNumbers.of(value) == null) {
                problems.add(path, "must be a number");
            }
            return;
        }
        switch (key) {
            case "$schema", "$defs", UniqueFields.KEYWORD -> {
                if (depth > 0) {
                    problems.add(path, "is allowed at the top of the schema only");
                }
            }
            case "type" -> type(value, path);
            case "enum" -> {
                if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_ENUM) {
                    problems.add(path, "must be a list of 1 to " + MAX_ENUM + " values");
                }
            }
            case "const" -> {}
            case "required" -> {
                if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                    problems.add(path, "must be a list of field names");
                }
            }
            case "properties" -> properties(value, path, depth);
            case "additionalProperties", "items" -> walk(value, path, depth + 1);
            case "uniqueItems" -> {
                if (!(value instanceof Boolean)) {
                    problems.add(path, "must be true or false");
                }
            }
            case "multipleOf" -> {
                BigDecimal n = SchemaNumbers.of(value);
                if (n == null || n.signum() <= 0) {
                    problems.add(path, "must be a number greater than 0");
                }
            }
            case "pattern" -> pattern(value, path);
            case "format" -> {
                if (!FORMATS.contains(value)) {
                    problems.add(
                            path,
                            "must be one of "
                                    + String.join(
                                            ", ", FORMATS.stream().sorted().toList()));
                }
            }
            case "$ref" -> ref(value, path);
            default -> problems.add(path, unsupported(key));
        }
    }

    private static String unsupported(String key) {
        return switch (key) {
            case "$id", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef", "$vocabulary" ->
                "is not supported: a collection schema stands alone (use $ref to #/$defs/name)";
            case "unique" -> "is not a JSON Schema keyword: list unique fields in the top-level x-unique";
            default -> "is not a keyword collection schemas support";
        };
    }

    private void type(Object value, String path) {
        List<?> names = value instanceof List<?> list ? list : List.of(String.valueOf(value));
        if (names.isEmpty()
                || !names.stream().allMatch(TYPES::contains)
                || names.stream().distinct().count() < names.size()) {
            problems.add(
                    path,
                    names.contains("date") || names.contains("objectId")
                            ? "date and objectId are not JSON Schema types: use {\"type\": \"string\", \"format\":"
                                    + " \"date-time\"} or {\"type\": \"string\", \"pattern\": \"^[0-9a-fA-F]{24}$\"}"
                            : "must be one of "
                                    + String.join(", ", TYPES.stream().sorted().toList())
                                    + " (or a list of them, each once)");
        }
    }

    private void properties(Object value, String path, int depth) {
        if (!(value instanceof Map<?, ?> props)) {
            problems.add(path, "must be an object of field schemas");
            return;
        }
        if (props.size() > MAX_PROPERTIES) {
            problems.add(path, "has more than " + MAX_PROPERTIES + " fields");
        }
        props.forEach((name, sub) -> {
            String field = String.valueOf(name);
            String at = SchemaProblems.join(path, field);
            if (field.isEmpty() || field.startsWith("$") || field.contains(".")) {
                problems.add(at, "a field name must be non-empty, without '.' and not start with '$'");
            }
            walk(sub, at, depth + 1);
        });
    }

    private void pattern(Object value, String path) {
        if (!(value instanceof String regex)) {
            problems.add(path, "must be a regular expression");
            return;
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problems.add(path, "is not a valid regular expression");
            return;
        }
        if (checkRegexRules) {
            RegexRules.problem(regex).ifPresent(p -> problems.add(path, p));
        }
    }

    private void ref(Object value, String path) {
        var local = value instanceof String s ? LOCAL_REF.matcher(s) : null;
        if (local == null || !local.matches()) {
            problems.add(
                    path,
                    "only references inside the schema, such as #/$defs/address, are allowed (nothing is fetched)");
        } else if (!defs.containsKey(local.group(1))) {
            problems.add(path, "refers to " + local.group(1) + ", which $defs does not define");
        }
    }

    private void count(Object value, String path) {
        BigDecimal n = SchemaNumbers.of(value);
        if (n == null || n.signum() < 0 || !SchemaNumbers.isWhole(n) || n.compareTo(SchemaNumbers.MAX_INT) > 0) {
            problems.add(path, "must be a whole number, at least 0");
        }
    }

    private void ordered(Map<?, ?> map, String path, String low, String high) {
        BigDecimal a = SchemaNumbers.of(map.get(low));
        BigDecimal b = SchemaNumbers.of(map.get(high));
        if (a != null && b != null && a.compareTo(b) > 0) {
            problems.add(SchemaProblems.join(path, low), "must not be greater than " + high);
        }
    }
}
