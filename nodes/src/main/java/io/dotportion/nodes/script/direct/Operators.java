package io.dotportion.nodes.script.direct;

import io.dotportion.nodes.script.Undefined;

/**
 * The operators of the direct subset, each exact for the operand types it implements and
 * {@link Fallback#VALUE} for any other (JavaScript would convert them: number + string, "5" * 2...).
 */
final class Operators {
    /**
     * Longest string a direct {@code +} builds; longer ones are left to the sandbox, whose allocation
     * limits then apply as they always did.
     */
    static final int MAX_STRING = 1 << 16;

    private Operators() {}

    /** {@code ===}: by value for primitives; two objects compare by identity, which is left to the sandbox. */
    static Object strictEquals(Object left, Object right) {
        if (JsValues.isObject(left) || JsValues.isObject(right)) {
            return JsValues.isObject(left) && JsValues.isObject(right) ? Fallback.VALUE : Boolean.FALSE;
        }
        if (left instanceof Double a && right instanceof Double b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (left == null || right == null) {
            return left == right;
        }
        return left.equals(right);
    }

    /** {@code == null} and {@code == undefined}. */
    static boolean nullish(Object value) {
        return value == null || value == Undefined.VALUE;
    }

    enum Comparison {
        LT,
        LE,
        GT,
        GE
    }

    /** Relational comparison of two numbers, or of two strings by UTF-16 code units. */
    static Object compare(Comparison op, Object left, Object right) {
        if (left instanceof Double a && right instanceof Double b) {
            double x = a;
            double y = b;
            return switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case GT -> x > y;
                case GE -> x >= y;
            };
        }
        if (left instanceof String a && right instanceof String b) {
            int c = a.compareTo(b);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
        }
        return Fallback.VALUE;
    }

    enum Arithmetic {
        ADD,
        SUB,
        MUL,
        DIV,
        MOD
    }

    /** Arithmetic on two numbers (IEEE 754 doubles, as JavaScript's), or {@code +} on two strings. */
    static Object arithmetic(Arithmetic op, Object left, Object right) {
        if (left instanceof Double a && right instanceof Double b) {
            double x = a;
            double y = b;
            return switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case DIV -> x / y;
                case MOD -> x % y;
            };
        }
        if (op == Arithmetic.ADD && left instanceof String a && right instanceof String b) {
            return (long) a.length() + b.length() <= MAX_STRING ? a.concat(b) : Fallback.VALUE;
        }
        return Fallback.VALUE;
    }

    enum Unary {
        NEGATE,
        PLUS
    }

    static Object unary(Unary op, Object operand) {
        if (!(operand instanceof Double d)) {
            return Fallback.VALUE;
        }
        return op == Unary.NEGATE ? -d : d;
    }
}
