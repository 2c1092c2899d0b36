package io.dotportion.server.data;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.value.BoundedRegex;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Checks a whole document (or one value) against a schema, collecting every problem with its field path. */
final class DocumentCheck {
    private static final int MAX_LISTED = 10;
    /** A value longer than this is not matched against its pattern (regular-expression denial of service). */
    static final int MAX_PATTERN_INPUT = 10_000;
    /** How many characters the regex engine may read while matching one value. */
    static final long MAX_PATTERN_STEPS = 1_000_000;

    private DocumentCheck() {}

    static void object(ObjectRule rule, Map<?, ?> document, String prefix, List<FieldError> errors) {
        for (String name : rule.required()) {
            if (!document.containsKey(name)) {
                errors.add(new FieldError(prefix + name, "is required"));
            }
        }
        document.forEach((key, value) -> {
            String name = String.valueOf(key);
            FieldRule field =
                    "_id".equals(name) && !rule.properties().containsKey(name) ? FieldRule.ANY : rule.field(name);
            if (field == null) {
                errors.add(new FieldError(prefix + name, "is not allowed: the schema allows no other fields"));
            } else {
                value(field, value, prefix + name, errors);
            }
        });
    }

    static void value(FieldRule rule, Object value, String path, List<FieldError> errors) {
        if (!rule.types().isEmpty() && rule.types().stream().noneMatch(t -> t.matches(value))) {
            errors.add(new FieldError(
                    path,
                    "must be of type "
                            + rule.types().stream()
                                    .map(FieldType::label)
                                    .sorted()
                                    .collect(Collectors.joining(" or "))));
            return;
        }
        if (rule.allowed() != null && rule.allowed().stream().noneMatch(a -> same(a, value))) {
            errors.add(new FieldError(path, "must be one of: " + listed(rule.allowed())));
        }
        BigDecimal n = value instanceof Boolean ? null : FieldType.number(value);
        if (n != null) {
            bound(n, rule.minimum(), rule.maximum(), path, "", errors);
        }
        switch (value) {
            case String s -> {
                bound(
                        BigDecimal.valueOf(s.codePointCount(0, s.length())),
                        big(rule.minLength()),
                        big(rule.maxLength()),
                        path,
                        " characters long",
                        errors);
                if (rule.pattern() != null) {
                    switch (BoundedRegex.find(rule.pattern(), s, MAX_PATTERN_INPUT, MAX_PATTERN_STEPS)) {
                        case MATCH -> {}
                        case NO_MATCH ->
                            errors.add(new FieldError(
                                    path,
                                    "must match the pattern " + rule.pattern().pattern()));
                        case TOO_LONG, EXHAUSTED ->
                            errors.add(new FieldError(
                                    path, "could not be checked against its pattern within the matching limit"));
                    }
                }
            }
            case List<?> list -> {
                bound(
                        BigDecimal.valueOf(list.size()),
                        big(rule.minItems()),
                        big(rule.maxItems()),
                        path,
                        " items",
                        errors);
                if (rule.items() != null) {
                    for (int i = 0; i < list.size(); i++) {
                        value(rule.items(), list.get(i), path + "[" + i + "]", errors);
                    }
                }
            }
            case Map<?, ?> map when rule.object() != null -> object(rule.object(), map, path + ".", errors);
            case null, default -> {}
        }
    }

    /** Numbers compare by value (5 equals 5.0); everything else by equality. */
    static boolean same(Object a, Object b) {
        BigDecimal x = a instanceof Boolean ? null : FieldType.number(a);
        BigDecimal y = b instanceof Boolean ? null : FieldType.number(b);
        return x != null && y != null ? x.compareTo(y) == 0 : Objects.equals(a, b);
    }

    private static void bound(
            BigDecimal measure, BigDecimal min, BigDecimal max, String path, String unit, List<FieldError> errors) {
        if (min != null && measure.compareTo(min) < 0) {
            errors.add(new FieldError(
                    path, "must be at least " + min.stripTrailingZeros().toPlainString() + unit));
        }
        if (max != null && measure.compareTo(max) > 0) {
            errors.add(new FieldError(
                    path, "must be at most " + max.stripTrailingZeros().toPlainString() + unit));
        }
    }

    private static BigDecimal big(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    private static String listed(List<Object> allowed) {
        String shown = allowed.stream().limit(MAX_LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        return allowed.size() > MAX_LISTED ? shown + ", ..." : shown;
    }
}
