package io.dotportion.server.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a collection schema, a subset of JSON Schema: {@code properties}, {@code required},
 * {@code additionalProperties}; per field {@code type} (one name or a list), {@code enum},
 * {@code minimum}/{@code maximum}, {@code minLength}/{@code maxLength}, {@code pattern},
 * {@code minItems}/{@code maxItems}, {@code items}, nested {@code properties}/{@code required}/
 * {@code additionalProperties} for objects, and {@code unique} (top-level fields only). Annotations
 * ({@code title}, {@code description}, {@code default}, {@code examples}, {@code format}, {@code $comment})
 * are kept and ignored. Every problem is reported with its path.
 */
final class SchemaReader {
    static final int MAX_DEPTH = 8;
    static final int MAX_PROPERTIES = 200;
    static final int MAX_ENUM = 200;
    static final int MAX_PATTERN_LENGTH = 500;
    private static final Set<String> OBJECT_KEYS = Set.of("properties", "required", "additionalProperties");
    private static final Set<String> FIELD_KEYS = Set.of(
            "type",
            "enum",
            "minimum",
            "maximum",
            "minLength",
            "maxLength",
            "pattern",
            "minItems",
            "maxItems",
            "items",
            "unique",
            "properties",
            "required",
            "additionalProperties");
    private static final Set<String> ANNOTATIONS =
            Set.of("title", "description", "default", "examples", "format", "$comment", "$schema", "type");

    /** The schema, or every problem of the JSON given. */
    record Result(DataSchema schema, List<Map<String, String>> problems) {}

    private final List<Map<String, String>> problems = new ArrayList<>();
    private final List<String> unique = new ArrayList<>();

    static Result read(Object raw) {
        SchemaReader reader = new SchemaReader();
        if (!(raw instanceof Map<?, ?> map)) {
            reader.problem("", "the schema must be an object");
            return new Result(null, reader.problems);
        }
        ObjectRule document = reader.object(map, "", 0, Set.of("type", "title", "description", "$comment", "$schema"));
        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) map;
        return reader.problems.isEmpty()
                ? new Result(new DataSchema(document, List.copyOf(reader.unique), source), List.of())
                : new Result(null, List.copyOf(reader.problems));
    }

    private ObjectRule object(Map<?, ?> map, String path, int depth, Set<String> alsoAllowed) {
        for (Object key : map.keySet()) {
            if (!OBJECT_KEYS.contains(key) && !alsoAllowed.contains(key)) {
                problem(join(path, String.valueOf(key)), "is not a schema keyword");
            }
        }
        if (depth > MAX_DEPTH) {
            problem(path, "nests deeper than " + MAX_DEPTH + " levels");
            return ObjectRule.OPEN;
        }
        Map<String, FieldRule> properties = new LinkedHashMap<>();
        if (map.containsKey("properties")) {
            if (map.get("properties") instanceof Map<?, ?> props) {
                if (props.size() > MAX_PROPERTIES) {
                    problem(join(path, "properties"), "has more than " + MAX_PROPERTIES + " fields");
                }
                props.forEach((name, rule) -> properties.put(
                        String.valueOf(name),
                        field(
                                String.valueOf(name),
                                rule,
                                join(join(path, "properties"), String.valueOf(name)),
                                depth)));
            } else {
                problem(join(path, "properties"), "must be an object of field rules");
            }
        }
        List<String> required = strings(map.get("required"), join(path, "required"));
        Object additional = map.get("additionalProperties");
        if (additional != null && !(additional instanceof Boolean)) {
            problem(join(path, "additionalProperties"), "must be true or false");
        }
        return new ObjectRule(properties, required, !Boolean.FALSE.equals(additional));
    }

    private FieldRule field(String name, Object raw, String path, int depth) {
        if (name.isEmpty() || name.startsWith("$") || name.contains(".")) {
            problem(path, "a field name must be non-empty, without '.' and not start with '$'");
        }
        if (!(raw instanceof Map<?, ?> map)) {
            problem(path, "must be an object of rules");
            return FieldRule.ANY;
        }
        for (Object key : map.keySet()) {
            if (!FIELD_KEYS.contains(key) && !ANNOTATIONS.contains(key)) {
                problem(join(path, String.valueOf(key)), "is not a schema keyword");
            }
        }
        Set<FieldType> types = types(map.get("type"), join(path, "type"));
        boolean isUnique = Boolean.TRUE.equals(map.get("unique"));
        if (map.containsKey("unique") && !(map.get("unique") instanceof Boolean)) {
            problem(join(path, "unique"), "must be true or false");
        }
        if (isUnique && depth > 0) {
            problem(join(path, "unique"), "only top-level fields can be unique");
        } else if (isUnique) {
            unique.add(name);
        }
        BigDecimal minimum = number(map.get("minimum"), join(path, "minimum"));
        BigDecimal maximum = number(map.get("maximum"), join(path, "maximum"));
        ordered(minimum, maximum, path, "minimum", "maximum");
        Integer minLength = count(map.get("minLength"), join(path, "minLength"));
        Integer maxLength = count(map.get("maxLength"), join(path, "maxLength"));
        ordered(big(minLength), big(maxLength), path, "minLength", "maxLength");
        Integer minItems = count(map.get("minItems"), join(path, "minItems"));
        Integer maxItems = count(map.get("maxItems"), join(path, "maxItems"));
        ordered(big(minItems), big(maxItems), path, "minItems", "maxItems");
        boolean nested =
                map.containsKey("properties") || map.containsKey("required") || map.containsKey("additionalProperties");
        ObjectRule object = nested ? object(subset(map, OBJECT_KEYS), path, depth + 1, Set.of()) : null;
        FieldRule items =
                map.containsKey("items") ? field("items", map.get("items"), join(path, "items"), depth + 1) : null;
        return new FieldRule(
                types,
                allowed(map.get("enum"), join(path, "enum")),
                minimum,
                maximum,
                minLength,
                maxLength,
                pattern(map.get("pattern"), join(path, "pattern")),
                minItems,
                maxItems,
                isUnique,
                object,
                items);
    }

    private Set<FieldType> types(Object raw, String path) {
        List<Object> names =
                raw == null ? List.of() : raw instanceof List<?> list ? new ArrayList<>(list) : List.of(raw);
        Set<FieldType> types = new LinkedHashSet<>();
        for (Object name : names) {
            FieldType.named(String.valueOf(name))
                    .ifPresentOrElse(
                            types::add,
                            () -> problem(path, "must be one of " + FieldType.NAMES + " (or a list of them)"));
        }
        return Set.copyOf(types);
    }

    private List<Object> allowed(Object raw, String path) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list) || list.isEmpty() || list.size() > MAX_ENUM) {
            problem(path, "must be a list of 1 to " + MAX_ENUM + " values");
            return null;
        }
        return new ArrayList<>(list);
    }

    private Pattern pattern(Object raw, String path) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text) || text.length() > MAX_PATTERN_LENGTH) {
            problem(path, "must be a regular expression of at most " + MAX_PATTERN_LENGTH + " characters");
            return null;
        }
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            problem(path, "is not a valid regular expression");
            return null;
        }
    }

    private BigDecimal number(Object raw, String path) {
        if (raw == null) {
            return null;
        }
        BigDecimal n = FieldType.number(raw);
        if (n == null) {
            problem(path, "must be a number");
        }
        return n;
    }

    private Integer count(Object raw, String path) {
        if (raw == null) {
            return null;
        }
        BigDecimal n = FieldType.number(raw);
        if (n == null
                || n.signum() < 0
                || n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problem(path, "must be a whole number, at least 0");
            return null;
        }
        return n.intValue();
    }

    private void ordered(BigDecimal low, BigDecimal high, String path, String lowName, String highName) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            problem(join(path, lowName), "must not be greater than " + highName);
        }
    }

    private List<String> strings(Object raw, String path) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            problem(path, "must be a list of field names");
            return List.of();
        }
        return list.stream().map(String.class::cast).distinct().toList();
    }

    private static Map<?, ?> subset(Map<?, ?> map, Set<String> keys) {
        Map<Object, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (keys.contains(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static BigDecimal big(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private void problem(String path, String message) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("path", path);
        p.put("message", message);
        problems.add(p);
    }
}
