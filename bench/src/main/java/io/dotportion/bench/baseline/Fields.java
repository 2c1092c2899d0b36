package io.dotportion.bench.baseline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Hand-written request checks, the same rules the load-test workflows declare in their parameters node:
 * required, string with a length range, integer (text of digits coerced) with a value range. Collects every
 * failure like the product does.
 */
final class Fields {
    private static final Pattern INTEGER_TEXT = Pattern.compile("[-+]?\\d{1,18}");

    private final Map<?, ?> source;
    private final String prefix;
    private final List<Map<String, Object>> errors = new ArrayList<>();

    Fields(Object source, String prefix) {
        this.source = source instanceof Map<?, ?> map ? map : Map.of();
        this.prefix = prefix;
    }

    String requiredString(String name, int minLength, int maxLength) {
        Object raw = source.get(name);
        if (raw == null) {
            return fail(name, "is required");
        }
        if (!(raw instanceof String s)) {
            return fail(name, "must be a string");
        }
        if (s.length() < minLength) {
            return fail(name, "must be at least " + minLength + " characters long");
        }
        return s.length() > maxLength ? fail(name, "must be at most " + maxLength + " characters long") : s;
    }

    /** The product's email rule ({@code EmailAddress}): one {@code @}, a dotted domain, no blanks, at most 254. */
    String requiredEmail(String name) {
        Object raw = source.get(name);
        if (raw == null) {
            return fail(name, "is required");
        }
        return raw instanceof String s && isEmail(s) ? s : fail(name, "must be a valid email address");
    }

    Long requiredInteger(String name, long min, long max) {
        Object raw = source.get(name);
        if (raw == null) {
            return fail(name, "is required");
        }
        Long value = switch (raw) {
            case Integer i -> i.longValue();
            case Long l -> l;
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e18 -> d.longValue();
            case BigDecimal b
            when b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(BigDecimal.TEN.pow(18)) < 0 -> b.longValue();
            case String s when INTEGER_TEXT.matcher(s).matches() -> Long.parseLong(s);
            default -> null;
        };
        if (value == null) {
            return fail(name, "must be an integer");
        }
        if (value < min) {
            return fail(name, "must be at least " + min);
        }
        return value > max ? fail(name, "must be at most " + max) : value;
    }

    private static boolean isEmail(String s) {
        int at = s.indexOf('@');
        if (s.isEmpty()
                || s.length() > 254
                || at <= 0
                || at != s.lastIndexOf('@')
                || s.chars()
                        .anyMatch(c ->
                                Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
            return false;
        }
        String domain = s.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<Map<String, Object>> errors() {
        return errors;
    }

    private <T> T fail(String name, String reason) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", prefix + "." + name);
        error.put("reason", reason);
        errors.add(error);
        return null;
    }
}
