package io.dotportion.nodes.script.direct;

import io.dotportion.nodes.script.Undefined;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.Node;
import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.AbstractObjectProperty;
import org.mozilla.javascript.ast.ArrayLiteral;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.ConditionalExpression;
import org.mozilla.javascript.ast.ElementGet;
import org.mozilla.javascript.ast.FunctionCall;
import org.mozilla.javascript.ast.InfixExpression;
import org.mozilla.javascript.ast.KeywordLiteral;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.NumberLiteral;
import org.mozilla.javascript.ast.ObjectLiteral;
import org.mozilla.javascript.ast.ObjectProperty;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.StringLiteral;
import org.mozilla.javascript.ast.UnaryExpression;

/**
 * Turns a Rhino expression tree into an {@link Expr}, or null when any part of it lies outside the
 * direct subset. Node classes are matched exactly (an assignment is an infix expression in Rhino, a
 * {@code new} a function call), so no subclass slips through; optional chaining ({@code a?.b}), which
 * Rhino gives as a member access of another node type, is refused.
 */
final class Translator {
    /** Deepest expression made direct: evaluation recurses on the request thread. */
    static final int MAX_DEPTH = 48;

    /** Most nodes in a direct expression, which bounds the work of one evaluation. */
    static final int MAX_NODES = 256;

    private final List<String> parameters;
    private final Set<Integer> used = new HashSet<>();
    private int depth;
    private int nodes;

    Translator(List<String> parameters) {
        this.parameters = parameters;
    }

    /** The parameters the translated expressions read. */
    Set<Integer> used() {
        return used;
    }

    Expr translate(AstNode raw) {
        AstNode node = RhinoReader.unwrap(raw);
        if (node == null || node.getIntProp(Node.OPTIONAL_CHAINING, 0) != 0) {
            return null;
        }
        if (depth >= MAX_DEPTH || ++nodes > MAX_NODES) {
            return null;
        }
        depth++;
        try {
            return node(node);
        } finally {
            depth--;
        }
    }

    private Expr node(AstNode node) {
        return switch (node) {
            case Name name when node.getClass() == Name.class -> name(name.getIdentifier());
            case KeywordLiteral keyword when node.getClass() == KeywordLiteral.class -> keyword(keyword.getType());
            case NumberLiteral number
            when node.getClass() == NumberLiteral.class -> new Expr.Constant(number.getNumber());
            case StringLiteral string
            when node.getClass() == StringLiteral.class -> new Expr.Constant(string.getValue());
            case PropertyGet get when node.getClass() == PropertyGet.class -> member(get);
            case ElementGet get when node.getClass() == ElementGet.class -> element(get);
            case UnaryExpression unary when node.getClass() == UnaryExpression.class -> unary(unary);
            case InfixExpression infix when node.getClass() == InfixExpression.class -> infix(infix);
            case ConditionalExpression c when node.getClass() == ConditionalExpression.class -> conditional(c);
            case FunctionCall call when node.getClass() == FunctionCall.class -> call(call);
            case ObjectLiteral object when node.getClass() == ObjectLiteral.class -> object(object);
            case ArrayLiteral array when node.getClass() == ArrayLiteral.class -> array(array);
            default -> null;
        };
    }

    private Expr name(String identifier) {
        int index = parameters.indexOf(identifier);
        if (index >= 0) {
            used.add(index);
            return new Expr.Parameter(index);
        }
        return switch (identifier) {
            case "undefined" -> Expr.UNDEFINED;
            case "NaN" -> new Expr.Constant(Double.NaN);
            case "Infinity" -> new Expr.Constant(Double.POSITIVE_INFINITY);
            default -> null;
        };
    }

    private static Expr keyword(int type) {
        return switch (type) {
            case Token.TRUE -> new Expr.Constant(Boolean.TRUE);
            case Token.FALSE -> new Expr.Constant(Boolean.FALSE);
            case Token.NULL -> new Expr.Constant(null);
            case Token.UNDEFINED -> Expr.UNDEFINED;
            default -> null;
        };
    }

    private Expr member(PropertyGet get) {
        if (get.getType() != Token.GETPROP || get.getOperator() != Token.GETPROP) {
            return null;
        }
        Expr target = translate(get.getTarget());
        return target == null ? null : new Expr.Member(target, get.getProperty().getIdentifier());
    }

    private Expr element(ElementGet get) {
        if (get.getType() != Token.GETELEM) {
            return null;
        }
        Expr target = translate(get.getTarget());
        Expr key = translate(get.getElement());
        if (target == null || key == null) {
            return null;
        }
        if (key instanceof Expr.Constant(String name)) {
            return new Expr.Member(target, name);
        }
        return new Expr.Element(target, key);
    }

    private Expr unary(UnaryExpression unary) {
        Expr operand = translate(unary.getOperand());
        if (operand == null) {
            return null;
        }
        return switch (unary.getOperator()) {
            case Token.NOT -> new Expr.Not(operand);
            case Token.NEG -> new Expr.Unary(Operators.Unary.NEGATE, operand);
            case Token.POS -> new Expr.Unary(Operators.Unary.PLUS, operand);
            default -> null;
        };
    }

    private Expr infix(InfixExpression infix) {
        int op = infix.getOperator();
        if (op == Token.EQ || op == Token.NE) {
            return nullCheck(infix, op == Token.NE);
        }
        Expr left = translate(infix.getLeft());
        Expr right = translate(infix.getRight());
        if (left == null || right == null) {
            return null;
        }
        return switch (op) {
            case Token.AND -> new Expr.Logical(Expr.Junction.AND, left, right);
            case Token.OR -> new Expr.Logical(Expr.Junction.OR, left, right);
            case Token.NULLISH_COALESCING -> new Expr.Logical(Expr.Junction.NULLISH, left, right);
            case Token.SHEQ -> new Expr.StrictEquals(left, right, false);
            case Token.SHNE -> new Expr.StrictEquals(left, right, true);
            case Token.LT -> new Expr.Compare(Operators.Comparison.LT, left, right);
            case Token.LE -> new Expr.Compare(Operators.Comparison.LE, left, right);
            case Token.GT -> new Expr.Compare(Operators.Comparison.GT, left, right);
            case Token.GE -> new Expr.Compare(Operators.Comparison.GE, left, right);
            case Token.ADD -> new Expr.Arithmetic(Operators.Arithmetic.ADD, left, right);
            case Token.SUB -> new Expr.Arithmetic(Operators.Arithmetic.SUB, left, right);
            case Token.MUL -> new Expr.Arithmetic(Operators.Arithmetic.MUL, left, right);
            case Token.DIV -> new Expr.Arithmetic(Operators.Arithmetic.DIV, left, right);
            case Token.MOD -> new Expr.Arithmetic(Operators.Arithmetic.MOD, left, right);
            default -> null;
        };
    }

    /** {@code x == null}, {@code undefined != x}...: loose equality only against a null or undefined literal. */
    private Expr nullCheck(InfixExpression infix, boolean negated) {
        Expr left = translate(infix.getLeft());
        Expr right = translate(infix.getRight());
        if (left == null || right == null) {
            return null;
        }
        if (nullLiteral(right)) {
            return new Expr.NullCheck(left, negated);
        }
        return nullLiteral(left) ? new Expr.NullCheck(right, negated) : null;
    }

    private static boolean nullLiteral(Expr expr) {
        return expr instanceof Expr.Constant(Object value) && (value == null || value == Undefined.VALUE);
    }

    private Expr conditional(ConditionalExpression c) {
        Expr test = translate(c.getTestExpression());
        Expr then = translate(c.getTrueExpression());
        Expr otherwise = translate(c.getFalseExpression());
        return test == null || then == null || otherwise == null ? null : new Expr.Conditional(test, then, otherwise);
    }

    /** {@code Math.max(a, b)} and the other {@link MathFunction}s; no other call. */
    private Expr call(FunctionCall call) {
        if (call.isOptionalCall()
                || call.getTarget().getClass() != PropertyGet.class
                || call.getTarget().getIntProp(Node.OPTIONAL_CHAINING, 0) != 0) {
            return null;
        }
        PropertyGet target = (PropertyGet) call.getTarget();
        if (target.getType() != Token.GETPROP
                || target.getTarget().getClass() != Name.class
                || !((Name) target.getTarget()).getIdentifier().equals("Math")
                || parameters.contains("Math")) {
            return null;
        }
        MathFunction function = MathFunction.named(target.getProperty().getIdentifier());
        List<Expr> arguments = all(call.getArguments());
        return function == null || arguments == null ? null : new Expr.MathCall(function, arguments);
    }

    /**
     * An object literal of plain {@code key: value} members, each key a name or string that is no
     * array index (JavaScript would order it first) nor {@code __proto__} (which sets the prototype), and
     * no key twice.
     */
    private Expr object(ObjectLiteral object) {
        List<String> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (AbstractObjectProperty element : object.getElements()) {
            if (element.getClass() != ObjectProperty.class) {
                return null;
            }
            ObjectProperty property = (ObjectProperty) element;
            String key = key(property.getKey());
            if (property.isMethod() || property.getValue() == null || key == null) {
                return null;
            }
            if (JsValues.allDigits(key) || key.equals("__proto__") || keys.contains(key)) {
                return null;
            }
            Expr value = translate(property.getValue());
            if (value == null) {
                return null;
            }
            keys.add(key);
            values.add(value);
        }
        return new Expr.ObjectLiteral(List.copyOf(keys), values.stream().toList());
    }

    private static String key(AstNode key) {
        if (key == null) {
            return null;
        }
        if (key.getClass() == Name.class) {
            return ((Name) key).getIdentifier();
        }
        return key.getClass() == StringLiteral.class ? ((StringLiteral) key).getValue() : null;
    }

    private Expr array(ArrayLiteral array) {
        List<Expr> items = all(array.getElements());
        return items == null ? null : new Expr.ArrayLiteral(items);
    }

    private List<Expr> all(List<AstNode> nodes) {
        List<Expr> out = new ArrayList<>(nodes.size());
        for (AstNode node : nodes) {
            Expr expr = translate(node);
            if (expr == null) {
                return null;
            }
            out.add(expr);
        }
        return List.copyOf(out);
    }
}
