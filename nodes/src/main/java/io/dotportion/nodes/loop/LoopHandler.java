package io.dotportion.nodes.loop;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.Map;

/** A compiled loop node: resolves the items, checks them against the iteration cap, asks the engine to iterate. */
final class LoopHandler implements NodeHandler {
    private final ValueTemplate items;
    private final Integer maxIterations;

    /** {@code items} null means "iterate the input"; {@code maxIterations} null means "the platform limit". */
    LoopHandler(ValueTemplate items, Integer maxIterations) {
        this.items = items;
        this.maxIterations = maxIterations;
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        Object value = items == null ? context.input() : context.evaluate(items);
        if (!(value instanceof List<?> list)) {
            String what = items == null ? "loop input (no items configured)" : "loop items";
            return NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, what + " must be an array, got " + kind(value));
        }
        int platform = context.limits().loopMaxIterations();
        int cap = maxIterations == null ? platform : Math.min(maxIterations, platform);
        if (list.size() > cap) {
            String source = cap < platform ? "this node's maxIterations" : "the platform's loop limit";
            return NodeOutcome.fail(
                    ErrorCode.EXECUTION_FAILED,
                    "loop has " + list.size() + " items, more than the limit of " + cap + " iterations (" + source
                            + ")");
        }
        @SuppressWarnings("unchecked") // Iterate copies the items; a value tree's list holds plain values
        List<Object> values = (List<Object>) list;
        return new NodeOutcome.Iterate(values);
    }

    private static String kind(Object value) {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> m -> "object";
            case String s -> "string";
            case Number n -> "number";
            case Boolean b -> "boolean";
            default -> "a value of an unknown kind";
        };
    }
}
