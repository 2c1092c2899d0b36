package io.dotportion.nodes.script.direct;

import io.dotportion.nodes.script.Undefined;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A script that is one pure expression of a small subset of JavaScript, evaluated on the node's Java
 * values on the calling thread instead of in the sandbox, with the result the sandbox would give. The
 * subset: the parameters, {@code undefined}, {@code null}, booleans, number and string literals, member
 * access, {@code !}, {@code &&}, {@code ||}, {@code ??}, {@code ? :}, {@code ===}, {@code !==},
 * {@code ==}/{@code !=} against null or undefined, comparisons, arithmetic, unary minus and plus, six
 * functions of {@code Math}, object and array literals. Each operation is implemented only for the operand
 * types whose meaning is simple and exact (numbers with numbers, strings with strings); any other case
 * makes the evaluation return {@link Fallback#VALUE}, and the caller runs the script in the sandbox,
 * which gives what JavaScript gives, error messages included. Nothing here loops, calls out or writes.
 */
public final class DirectExpression {
    private final Expr expression;
    private final boolean condition;
    private final Set<Integer> used;

    private DirectExpression(Expr expression, boolean condition, Set<Integer> used) {
        this.expression = expression;
        this.condition = condition;
        this.used = Set.copyOf(used);
    }

    /**
     * The direct form of a function body that is exactly {@code return <expression>;}, or empty.
     *
     * @param body       code the sandbox has already accepted as a function body with these parameters
     * @param parameters the function's parameter names
     */
    public static Optional<DirectExpression> body(String body, List<String> parameters) {
        return RhinoReader.returned(body, parameters).flatMap(node -> of(node, parameters, false));
    }

    /** The direct form of a condition (an expression whose truthiness is the result), or empty. */
    public static Optional<DirectExpression> condition(String expression, List<String> parameters) {
        return RhinoReader.expression(expression, parameters).flatMap(node -> of(node, parameters, true));
    }

    private static Optional<DirectExpression> of(
            org.mozilla.javascript.ast.AstNode node, List<String> parameters, boolean condition) {
        Translator translator = new Translator(parameters);
        Expr expr = translator.translate(node);
        return expr == null ? Optional.empty() : Optional.of(new DirectExpression(expr, condition, translator.used()));
    }

    /** False when the expression never reads parameter {@code index}. */
    public boolean uses(int index) {
        return used.contains(index);
    }

    /**
     * The result for these arguments (one per parameter, plain value trees): a Boolean for a condition;
     * for a body the result tree as the sandbox returns it, or {@link Undefined#VALUE}; or
     * {@link Fallback#VALUE} when the sandbox must run the script.
     *
     * @param maxResultChars the sandbox's result size limit, which a result never comes near
     */
    public Object evaluate(List<?> arguments, int maxResultChars) {
        Object value = expression.eval(arguments.toArray());
        if (value == Fallback.VALUE) {
            return value;
        }
        return condition ? (Object) JsValues.truthy(value) : Results.of(value, maxResultChars);
    }
}
