package io.dotportion.nodes.script.direct;

import io.dotportion.nodes.script.Undefined;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of a direct expression: immutable, evaluated on the arguments' Java values with JavaScript's
 * meaning, to a value as {@link JsValues} holds them or {@link Fallback#VALUE}. Nothing here loops over
 * more than the expression's own nodes, calls out, or changes an argument.
 */
sealed interface Expr {
    Object eval(Object[] arguments);

    /** A literal, or undefined, NaN, Infinity. */
    record Constant(Object value) implements Expr {
        public Object eval(Object[] arguments) {
            return value;
        }
    }

    /** One of the function's parameters. */
    record Parameter(int index) implements Expr {
        public Object eval(Object[] arguments) {
            return JsValues.of(arguments[index]);
        }
    }

    /** {@code target.key} or {@code target["key"]}. */
    record Member(Expr target, String key) implements Expr {
        public Object eval(Object[] arguments) {
            Object of = target.eval(arguments);
            return of == Fallback.VALUE ? of : JsValues.member(of, key);
        }
    }

    /** {@code target[key]} with a computed key. */
    record Element(Expr target, Expr key) implements Expr {
        public Object eval(Object[] arguments) {
            Object of = target.eval(arguments);
            if (of == Fallback.VALUE) {
                return of;
            }
            Object name = key.eval(arguments);
            return name == Fallback.VALUE ? name : JsValues.element(of, name);
        }
    }

    record Not(Expr operand) implements Expr {
        public Object eval(Object[] arguments) {
            Object value = operand.eval(arguments);
            return value == Fallback.VALUE ? value : !JsValues.truthy(value);
        }
    }

    enum Junction {
        AND,
        OR,
        NULLISH
    }

    /** {@code &&}, {@code ||} and {@code ??}: the deciding operand itself, the right one evaluated only when needed. */
    record Logical(Junction op, Expr left, Expr right) implements Expr {
        public Object eval(Object[] arguments) {
            Object value = left.eval(arguments);
            if (value == Fallback.VALUE) {
                return value;
            }
            boolean decided = switch (op) {
                case AND -> !JsValues.truthy(value);
                case OR -> JsValues.truthy(value);
                case NULLISH -> !Operators.nullish(value);
            };
            return decided ? value : right.eval(arguments);
        }
    }

    record Conditional(Expr test, Expr then, Expr otherwise) implements Expr {
        public Object eval(Object[] arguments) {
            Object value = test.eval(arguments);
            if (value == Fallback.VALUE) {
                return value;
            }
            return JsValues.truthy(value) ? then.eval(arguments) : otherwise.eval(arguments);
        }
    }

    /** {@code ===}, or {@code !==} when negated. */
    record StrictEquals(Expr left, Expr right, boolean negated) implements Expr {
        public Object eval(Object[] arguments) {
            Object a = left.eval(arguments);
            Object b = a == Fallback.VALUE ? a : right.eval(arguments);
            if (b == Fallback.VALUE) {
                return b;
            }
            Object same = Operators.strictEquals(a, b);
            return same == Fallback.VALUE ? same : negated != (Boolean) same;
        }
    }

    /** {@code x == null} (or undefined), or {@code !=} when negated. */
    record NullCheck(Expr operand, boolean negated) implements Expr {
        public Object eval(Object[] arguments) {
            Object value = operand.eval(arguments);
            return value == Fallback.VALUE ? value : negated != Operators.nullish(value);
        }
    }

    record Compare(Operators.Comparison op, Expr left, Expr right) implements Expr {
        public Object eval(Object[] arguments) {
            Object a = left.eval(arguments);
            Object b = a == Fallback.VALUE ? a : right.eval(arguments);
            return b == Fallback.VALUE ? b : Operators.compare(op, a, b);
        }
    }

    record Arithmetic(Operators.Arithmetic op, Expr left, Expr right) implements Expr {
        public Object eval(Object[] arguments) {
            Object a = left.eval(arguments);
            Object b = a == Fallback.VALUE ? a : right.eval(arguments);
            return b == Fallback.VALUE ? b : Operators.arithmetic(op, a, b);
        }
    }

    record Unary(Operators.Unary op, Expr operand) implements Expr {
        public Object eval(Object[] arguments) {
            Object value = operand.eval(arguments);
            return value == Fallback.VALUE ? value : Operators.unary(op, value);
        }
    }

    /** {@code Math.max(...)} and the other functions of {@link MathFunction}. */
    record MathCall(MathFunction function, List<Expr> parameters) implements Expr {
        public Object eval(Object[] arguments) {
            List<Object> values = evalAll(parameters, arguments);
            return values == null ? Fallback.VALUE : function.apply(values);
        }
    }

    /** An object literal; its keys are distinct names that are no array index, in source order. */
    record ObjectLiteral(List<String> keys, List<Expr> values) implements Expr {
        public Object eval(Object[] arguments) {
            Map<String, Object> object = LinkedHashMap.newLinkedHashMap(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                Object value = values.get(i).eval(arguments);
                if (value == Fallback.VALUE) {
                    return value;
                }
                object.put(keys.get(i), value);
            }
            return object;
        }
    }

    record ArrayLiteral(List<Expr> items) implements Expr {
        public Object eval(Object[] arguments) {
            List<Object> values = evalAll(items, arguments);
            return values == null ? Fallback.VALUE : values;
        }
    }

    /** The values of these expressions, or null when one fell back. */
    private static List<Object> evalAll(List<Expr> expressions, Object[] arguments) {
        List<Object> values = new ArrayList<>(expressions.size());
        for (Expr expression : expressions) {
            Object value = expression.eval(arguments);
            if (value == Fallback.VALUE) {
                return null;
            }
            values.add(value);
        }
        return values;
    }

    /** The undefined constant. */
    Expr UNDEFINED = new Constant(Undefined.VALUE);
}
