package io.dotportion.nodes.script;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.template.EmbeddedTemplates;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.nodes.script.direct.DirectExpression;
import io.dotportion.nodes.script.direct.Fallback;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The script of one Logic or Condition node, compiled once at deploy: {@code {{ path }}} placeholders
 * replaced by parameters ({@code __tpl0}...) whose values are evaluated per run, and the code prepared in
 * the sandbox. A run passes {@code input}, {@code request}, {@code steps}, {@code loop} and the placeholder
 * values as data; a variable the code never names is passed as {@code undefined} without being computed.
 *
 * <p>Code that is one pure expression of a small subset ({@link DirectExpression}) is also compiled into a
 * Java evaluator that runs on the request thread; when a run meets a case outside the subset it returns
 * {@link Fallback#VALUE} and the same arguments go to the sandbox, so every outcome is the sandbox's (so
 * does a run whose execution has no time left, which the sandbox fails with its deadline).
 */
public final class NodeScript {
    /** The variables every node script sees, in parameter order. */
    public static final List<String> VARIABLES = List.of("input", "request", "steps", "loop");

    /** How the code is read. */
    public enum Form {
        /** A function body that returns the output (Logic). */
        BODY,
        /** An expression whose truthiness is the result (Condition). */
        CONDITION
    }

    private final JsSandbox sandbox;
    private final PreparedScript script;
    private final List<ValueTemplate> placeholders;
    private final DirectExpression direct;

    private NodeScript(
            JsSandbox sandbox, PreparedScript script, List<ValueTemplate> placeholders, DirectExpression direct) {
        this.sandbox = sandbox;
        this.script = script;
        this.placeholders = List.copyOf(placeholders);
        this.direct = direct;
    }

    /** Compiles code that validated; throws {@link ScriptSyntaxException} or {@link IllegalArgumentException} otherwise. */
    public static NodeScript compile(JsSandbox sandbox, String code, Form form) {
        EmbeddedTemplates templates = EmbeddedTemplates.extract(code);
        if (!templates.problems().isEmpty()) {
            throw new IllegalArgumentException(templates.problems().get(0).message());
        }
        List<String> parameters = new ArrayList<>(VARIABLES);
        List<ValueTemplate> placeholders = new ArrayList<>();
        for (EmbeddedTemplates.Binding binding : templates.bindings()) {
            parameters.add(binding.variable());
            placeholders.add(ValueTemplate.of("{{" + binding.path().text() + "}}"));
        }
        PreparedScript prepared = prepare(sandbox, templates.source(), parameters, form);
        return new NodeScript(
                sandbox,
                prepared,
                placeholders,
                direct(templates.source(), parameters, form).orElse(null));
    }

    private static Optional<DirectExpression> direct(String source, List<String> parameters, Form form) {
        return switch (form) {
            case BODY -> DirectExpression.body(source, parameters);
            case CONDITION -> DirectExpression.condition(source, parameters);
        };
    }

    static PreparedScript prepare(JsSandbox sandbox, String source, List<String> parameters, Form form) {
        return switch (form) {
            case BODY -> sandbox.prepare(source, parameters);
            case CONDITION -> sandbox.prepareCondition(source, parameters);
        };
    }

    /**
     * Runs the script for one node execution: the script's result as a plain value tree, or
     * {@link Undefined#VALUE} when it returned nothing.
     *
     * @throws ScriptException when the script fails or passes a limit
     */
    public Object run(NodeContext context) {
        List<Object> arguments = arguments(context);
        if (direct != null && context.remaining().isPositive()) {
            Object result = direct.evaluate(arguments, sandbox.settings().maxResultChars());
            if (result != Fallback.VALUE) {
                return result;
            }
        }
        return sandboxed(context, arguments);
    }

    /** True when the code is a direct expression (it may still fall back to the sandbox on some values). */
    boolean isDirect() {
        return direct != null;
    }

    /** The direct result alone: {@link Fallback#VALUE} when the sandbox would have to run, or the code is not direct. */
    Object runDirect(NodeContext context) {
        return direct == null
                ? Fallback.VALUE
                : direct.evaluate(arguments(context), sandbox.settings().maxResultChars());
    }

    /** The sandbox's result alone, as every run had it before direct expressions. */
    Object runSandboxed(NodeContext context) {
        return sandboxed(context, arguments(context));
    }

    private Object sandboxed(NodeContext context, List<Object> arguments) {
        return sandbox.run(
                context.projectId(), script, arguments, context.limits().scriptTimeout(), context.remaining());
    }

    private List<Object> arguments(NodeContext context) {
        List<Object> arguments = new ArrayList<>(VARIABLES.size() + placeholders.size());
        arguments.add(script.uses(0) ? context.input() : Undefined.VALUE);
        arguments.add(script.uses(1) ? context.request().toValue() : Undefined.VALUE);
        arguments.add(script.uses(2) ? context.steps() : Undefined.VALUE);
        arguments.add(
                script.uses(3) ? context.loop().map(NodeScript::loopValue).orElse(Undefined.VALUE) : Undefined.VALUE);
        for (ValueTemplate placeholder : placeholders) {
            arguments.add(context.evaluate(placeholder));
        }
        return arguments;
    }

    /**
     * The node failure for a failed run: {@link ErrorCode#TIMEOUT} when the execution's own deadline
     * stopped the script, otherwise {@link ErrorCode#EXECUTION_FAILED} (its own time limit included).
     */
    public static NodeOutcome failure(ScriptException e) {
        ErrorCode code = e.kind() == ScriptException.Kind.DEADLINE ? ErrorCode.TIMEOUT : ErrorCode.EXECUTION_FAILED;
        return NodeOutcome.fail(code, e.getMessage());
    }

    private static Object loopValue(LoopFrame frame) {
        Map<String, Object> loop = new LinkedHashMap<>();
        loop.put("item", frame.item());
        loop.put("index", frame.index());
        return loop;
    }
}
