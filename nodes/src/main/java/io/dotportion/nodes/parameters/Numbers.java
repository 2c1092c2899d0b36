package io.dotportion.nodes.parameters;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Coerces values to integers and numbers. Integers come out as Integer when they fit, else Long (as Jackson
 * parses them); an integer beyond the range of a long is refused. Text is parsed strictly (no spaces, no hex,
 * no NaN or Infinity), and only up to {@link #MAX_TEXT_LENGTH} characters so that parsing stays cheap.
 */
final class Numbers {
    static final int MAX_TEXT_LENGTH = 400;
    private static final Pattern INTEGER_TEXT = Pattern.compile("[-+]?\\d+");
    private static final Pattern NUMBER_TEXT = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String NOT_INTEGER = "must be an integer";
    private static final String TOO_LARGE = "must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE;

    private Numbers() {}

    static Checked integer(Object raw) {
        return switch (raw) {
            case Integer i -> Checked.ok(i);
            case Long l -> Checked.ok(narrow(l));
            case Short s -> Checked.ok(s.intValue());
            case Byte b -> Checked.ok(b.intValue());
            case BigInteger b -> fromBig(b);
            case Double d ->
                Double.isFinite(d) && d == Math.rint(d)
                        ? fromBig(BigDecimal.valueOf(d).toBigInteger())
                        : Checked.bad(NOT_INTEGER);
            case Float f -> integer(f.doubleValue());
            case BigDecimal b when b.precision() - b.scale() > 19 -> Checked.bad(TOO_LARGE);
            case BigDecimal b -> isWhole(b) ? fromBig(b.toBigIntegerExact()) : Checked.bad(NOT_INTEGER);
            case String s
            when s.length() <= MAX_TEXT_LENGTH && INTEGER_TEXT.matcher(s).matches() -> fromBig(new BigInteger(s));
            case null, default -> Checked.bad(NOT_INTEGER);
        };
    }

    static Checked number(Object raw) {
        return switch (raw) {
            case Double d -> Double.isFinite(d) ? Checked.ok(d) : Checked.bad("must be a finite number");
            case Float f -> number(f.doubleValue());
            case Number n -> Checked.ok(n);
            case String s
            when s.length() <= MAX_TEXT_LENGTH && INTEGER_TEXT.matcher(s).matches() -> integerOrDouble(s);
            case String s
            when s.length() <= MAX_TEXT_LENGTH && NUMBER_TEXT.matcher(s).matches() -> number(Double.parseDouble(s));
            case null, default -> Checked.bad("must be a number");
        };
    }

    /** The exact value of a number, for bounds and enum comparisons. */
    static BigDecimal exact(Number n) {
        return switch (n) {
            case BigDecimal b -> b;
            case BigInteger b -> new BigDecimal(b);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> BigDecimal.valueOf(f.doubleValue());
            default -> BigDecimal.valueOf(n.longValue());
        };
    }

    static boolean isWhole(BigDecimal b) {
        return b.signum() == 0 || b.stripTrailingZeros().scale() <= 0;
    }

    private static Checked integerOrDouble(String s) {
        Checked asInteger = integer(s);
        return asInteger instanceof Checked.Ok ? asInteger : number(Double.parseDouble(s));
    }

    private static Checked fromBig(BigInteger b) {
        if (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0) {
            return Checked.bad(TOO_LARGE);
        }
        return Checked.ok(narrow(b.longValue()));
    }

    private static Object narrow(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }
}
