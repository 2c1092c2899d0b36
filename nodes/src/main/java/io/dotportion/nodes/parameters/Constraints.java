package io.dotportion.nodes.parameters;

import io.dotportion.core.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The checks a value meets after coercion. {@code min}/{@code max} bound numbers by value, strings by length
 * (in code points) and arrays by size; the pattern applies to strings; {@code allowed} lists the enum values,
 * already coerced to the parameter's type. Which check applies follows the value's kind, so a parameter without
 * a type is checked by what it receives. Null fields mean "no such check".
 */
record Constraints(BigDecimal min, BigDecimal max, PatternCheck pattern, List<Object> allowed) {
    private static final int MAX_LISTED = 10;

    static final Constraints NONE = new Constraints(null, null, null, null);

    /** Every reason the value fails, in a stable order; empty when it passes. */
    List<String> check(Object value) {
        List<String> reasons = new ArrayList<>(1);
        switch (value) {
            case Double d when !Double.isFinite(d) -> reasons.add("must be a finite number");
            case Number n -> bounds(Numbers.exact(n), "must be at least ", "must be at most ", "", "", reasons);
            case String s -> {
                bounds(BigDecimal.valueOf(s.codePointCount(0, s.length())), "must be at least ", "must be at most ",
                        " character long", " characters long", reasons);
                if (pattern != null) {
                    pattern.check(s).ifPresent(reasons::add);
                }
            }
            case List<?> l -> bounds(BigDecimal.valueOf(l.size()), "must have at least ", "must have at most ",
                    " item", " items", reasons);
            case null, default -> {
            }
        }
        if (allowed != null && allowed.stream().noneMatch(a -> same(a, value))) {
            reasons.add("must be one of: " + listed());
        }
        return reasons;
    }

    private void bounds(BigDecimal measure, String atLeast, String atMost, String one, String many,
                        List<String> reasons) {
        if (min != null && measure.compareTo(min) < 0) {
            reasons.add(atLeast + amount(min, one, many));
        }
        if (max != null && measure.compareTo(max) > 0) {
            reasons.add(atMost + amount(max, one, many));
        }
    }

    private static String amount(BigDecimal bound, String one, String many) {
        return bound.stripTrailingZeros().toPlainString() + (bound.compareTo(BigDecimal.ONE) == 0 ? one : many);
    }

    /** Numbers compare by value (5 equals 5.0); everything else by equality. */
    private static boolean same(Object allowed, Object value) {
        if (allowed instanceof Number a && value instanceof Number v) {
            return Numbers.exact(a).compareTo(Numbers.exact(v)) == 0;
        }
        if (allowed instanceof Map<?, ?> || allowed instanceof List<?>) {
            return Objects.equals(Values.toText(allowed), Values.toText(value));
        }
        return Objects.equals(allowed, value);
    }

    private String listed() {
        String shown = allowed.stream().limit(MAX_LISTED).map(Values::toText).collect(Collectors.joining(", "));
        return allowed.size() > MAX_LISTED ? shown + ", ..." : shown;
    }
}
