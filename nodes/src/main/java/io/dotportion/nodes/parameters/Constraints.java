package io.dotportion.nodes.parameters;

import io.dotportion.core.value.Values;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /** Every reason the value fails, in a stable order; empty when it passes (then nothing is allocated). */
    List<String> check(Object value) {
        List<String> reasons = null;
        switch (value) {
            case Double d when !Double.isFinite(d) -> reasons = add(reasons, "must be a finite number");
            case Integer i -> reasons = bounds(i, "must be at least ", "must be at most ", "", "", reasons);
            case Long l -> reasons = bounds(l, "must be at least ", "must be at most ", "", "", reasons);
            case Number n ->
                reasons = bounds(Numbers.exact(n), "must be at least ", "must be at most ", "", "", reasons);
            case String s -> {
                reasons = bounds(
                        s.codePointCount(0, s.length()),
                        "must be at least ",
                        "must be at most ",
                        " character long",
                        " characters long",
                        reasons);
                if (pattern != null) {
                    Optional<String> mismatch = pattern.check(s);
                    if (mismatch.isPresent()) {
                        reasons = add(reasons, mismatch.get());
                    }
                }
            }
            case List<?> l ->
                reasons = bounds(l.size(), "must have at least ", "must have at most ", " item", " items", reasons);
            case null, default -> {}
        }
        if (allowed != null && !isAllowed(value)) {
            reasons = add(reasons, "must be one of: " + listed());
        }
        return reasons == null ? List.of() : reasons;
    }

    private boolean isAllowed(Object value) {
        for (Object a : allowed) {
            if (same(a, value)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> add(List<String> reasons, String reason) {
        List<String> out = reasons == null ? new ArrayList<>(2) : reasons;
        out.add(reason);
        return out;
    }

    /** Bounds of a whole measure (a length, a size, an integer): compared without a BigDecimal when they are whole. */
    private List<String> bounds(
            long measure, String atLeast, String atMost, String one, String many, List<String> reasons) {
        List<String> out = reasons;
        if (min != null && compare(measure, min) < 0) {
            out = add(out, atLeast + amount(min, one, many));
        }
        if (max != null && compare(measure, max) > 0) {
            out = add(out, atMost + amount(max, one, many));
        }
        return out;
    }

    private List<String> bounds(
            BigDecimal measure, String atLeast, String atMost, String one, String many, List<String> reasons) {
        List<String> out = reasons;
        if (min != null && measure.compareTo(min) < 0) {
            out = add(out, atLeast + amount(min, one, many));
        }
        if (max != null && measure.compareTo(max) > 0) {
            out = add(out, atMost + amount(max, one, many));
        }
        return out;
    }

    /** {@code measure} compared with {@code bound}, as {@link BigDecimal#compareTo} would. */
    static int compare(long measure, BigDecimal bound) {
        if (bound.scale() == 0 && bound.precision() <= 18) {
            return Long.compare(measure, bound.longValue());
        }
        return BigDecimal.valueOf(measure).compareTo(bound);
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
