package io.dotportion.nodes.response;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an HTTP status from a config or template value: an integral number or digits in a string, 200..599 (1xx are interim answers the server owns). */
final class StatusCodes {
    static final int MIN = 200;
    static final int MAX = 599;
    static final int DEFAULT = 200;
    private static final BigDecimal LARGE = BigDecimal.valueOf(1_000_000_000L);

    private StatusCodes() {}

    /** The status the value denotes, or empty when it is not an integer between 200 and 599. */
    static Optional<Integer> parse(Object value) {
        return integral(value).filter(n -> n >= MIN && n <= MAX).map(Long::intValue);
    }

    /** What the value is, for an error message that never echoes text from the request. */
    static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case Number n when integral(n).isPresent() -> integral(n).get().toString();
            case Number n -> "a number that is not an integer";
            case String s -> "a string that is not a status code";
            case Boolean b -> "a boolean";
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            default -> "a value of an unknown kind";
        };
    }

    private static Optional<Long> integral(Object value) {
        return switch (value) {
            case Integer i -> Optional.of(i.longValue());
            case Long l -> Optional.of(l);
            case Short s -> Optional.of(s.longValue());
            case BigInteger b when b.bitLength() < 32 -> Optional.of(b.longValue());
            case Double d when d == Math.rint(d) && Math.abs(d) < 1e9 -> Optional.of(d.longValue());
            case BigDecimal b
            when b.stripTrailingZeros().scale() <= 0 && b.abs().compareTo(LARGE) < 0 -> Optional.of(b.longValue());
            case String s when isDigits(s) -> Optional.of(Long.parseLong(s));
            case null, default -> Optional.empty();
        };
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
