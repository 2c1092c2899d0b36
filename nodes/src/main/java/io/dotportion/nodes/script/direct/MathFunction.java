package io.dotportion.nodes.script.direct;

import java.util.List;

/** The functions of {@code Math} the direct subset calls, on numbers only (others are left to the sandbox). */
enum MathFunction {
    MAX,
    MIN,
    ABS,
    FLOOR,
    CEIL,
    ROUND;

    /** The function {@code Math.name} names, or null. */
    static MathFunction named(String name) {
        return switch (name) {
            case "max" -> MAX;
            case "min" -> MIN;
            case "abs" -> ABS;
            case "floor" -> FLOOR;
            case "ceil" -> CEIL;
            case "round" -> ROUND;
            default -> null;
        };
    }

    /** The call on evaluated arguments, or {@link Fallback#VALUE} when one is not a number. */
    Object apply(List<Object> arguments) {
        for (Object argument : arguments) {
            if (!(argument instanceof Double)) {
                return Fallback.VALUE;
            }
        }
        double x = arguments.isEmpty() ? Double.NaN : (Double) arguments.get(0);
        return switch (this) {
            case MAX -> fold(arguments, Double.NEGATIVE_INFINITY, true);
            case MIN -> fold(arguments, Double.POSITIVE_INFINITY, false);
            case ABS -> Math.abs(x);
            case FLOOR -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND -> round(x);
        };
    }

    /** Java's max and min agree with JavaScript's: NaN wins, and +0 is greater than -0. */
    private static double fold(List<Object> arguments, double start, boolean max) {
        double result = start;
        for (Object argument : arguments) {
            double d = (Double) argument;
            result = max ? Math.max(result, d) : Math.min(result, d);
        }
        return result;
    }

    /** JavaScript's round: half up toward +Infinity, keeping -0 for -0 and for [-0.5, 0). */
    private static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) >= 0x1p52) {
            return x;
        }
        double r = Math.floor(x);
        if (x - r >= 0.5) {
            r += 1;
        }
        return r == 0 && (x < 0 || Double.compare(x, -0.0) == 0) ? -0.0 : r;
    }
}
