package io.dotportion.core.engine;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One walk over a {@link Plan} for one request. Loops recurse: each iteration walks the loop's "true"
 * branch until it returns to an active Loop node or reaches a port without an edge.
 */
final class Execution {
    private static final System.Logger LOG = System.getLogger(Execution.class.getName());

    /** How a walk stopped: with the execution's answer, or by returning (dead end, back at its loop). */
    private sealed interface Stop {}

    private record Answer(int status, Map<String, String> headers, Object body, NodeError error, String nodeId)
            implements Stop {}

    private record Returned(Object last) implements Stop {}

    /** The Loop nodes whose bodies are being walked, innermost first. */
    private record Active(PlanNode loop, Active outer) {
        boolean contains(PlanNode node) {
            for (Active a = this; a != null; a = a.outer) {
                if (a.loop == node) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Limits limits;
    private final long started = System.nanoTime();
    private final RunContext context;
    private final List<TraceEntry> trace;

    /** {@code nodeCount} sizes the trace and the step outputs (a loop's iterations may add more entries). */
    Execution(Limits limits, ExecutionRequest request, int nodeCount) {
        this.limits = limits;
        this.trace = new ArrayList<>(Math.max(nodeCount, 2));
        this.context = new RunContext(limits, request, started, nodeCount);
    }

    ExecutionResult run(PlanNode start) {
        Answer answer;
        try {
            answer = switch (walk(start, context.requestValue(), null, null)) {
                case Answer a -> a;
                case Returned r -> new Answer(200, Map.of(), r.last(), null, null);
            };
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> "execution failed in the engine: " + e.getClass().getName());
            trace.removeIf(Objects::isNull);
            NodeError error = NodeError.of(ErrorCode.EXECUTION_FAILED, "execution failed");
            answer = new Answer(500, Map.of(), ErrorBodies.body(error, null), error, null);
        }
        return new ExecutionResult(
                answer.status(),
                answer.headers(),
                answer.body(),
                answer.error(),
                answer.nodeId(),
                Collections.unmodifiableList(trace),
                System.nanoTime() - started);
    }

    private Stop walk(PlanNode first, Object firstInput, LoopFrame frame, Active active) {
        PlanNode node = first;
        Object input = firstInput;
        while (node != null && (active == null || !active.contains(node))) {
            if (context.pastDeadline()) {
                return failure(node, ErrorBodies.timeout(limits.executionTimeout()));
            }
            long began = System.nanoTime();
            NodeOutcome outcome = capped(run(node, input, frame));
            switch (outcome) {
                case NodeOutcome.Next next -> {
                    record(node, input, next.output(), next.port(), null, began, frame);
                    context.record(node.id, next.output());
                    input = next.output();
                    node = node.successor(next.port());
                }
                case NodeOutcome.Respond respond -> {
                    record(node, input, respond.body(), null, null, began, frame);
                    return new Answer(respond.status(), respond.headers(), respond.body(), null, null);
                }
                case NodeOutcome.Fail fail -> {
                    PlanNode onError = node.onError();
                    record(node, input, null, onError == null ? null : Ports.ERROR, fail.error(), began, frame);
                    if (onError == null) {
                        return failure(node, fail.error());
                    }
                    input = ErrorBodies.edgeInput(fail.error());
                    node = onError;
                }
                case NodeOutcome.Iterate iterate -> {
                    Stop stop = iterate(node, input, iterate.items(), frame, active, began);
                    if (stop instanceof Answer) {
                        return stop;
                    }
                    input = ((Returned) stop).last();
                    node = node.onFalse();
                }
            }
        }
        return new Returned(input);
    }

    private Stop iterate(PlanNode loop, Object input, List<Object> items, LoopFrame outer, Active active, long began) {
        int slot = trace.size();
        trace.add(null);
        Active inner = new Active(loop, active);
        List<Object> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            Stop stop = walk(loop.onTrue(), item, new LoopFrame(loop.id, item, i, outer), inner);
            if (stop instanceof Answer) {
                trace.set(slot, entry(loop, input, null, null, null, began, outer, List.of()));
                return stop;
            }
            results.add(((Returned) stop).last());
        }
        List<Object> output = Collections.unmodifiableList(results);
        trace.set(slot, entry(loop, input, output, Ports.FALSE, null, began, outer, List.of()));
        context.record(loop.id, output);
        return new Returned(output);
    }

    private NodeOutcome run(PlanNode node, Object input, LoopFrame frame) {
        context.enter(node.id, input, frame);
        try {
            NodeOutcome outcome = node.handler.execute(context);
            return outcome != null ? outcome : unexpected(node, "returned no outcome");
        } catch (NodeFailure failure) {
            return new NodeOutcome.Fail(failure.error());
        } catch (Exception | StackOverflowError e) {
            StackTraceElement[] at = e.getStackTrace();
            return unexpected(node, "threw " + e.getClass().getName() + (at.length > 0 ? " at " + at[0] : ""));
        }
    }

    /** A failure the node did not describe: logged without payload, answered with a generic safe message. */
    private static NodeOutcome unexpected(PlanNode node, String what) {
        LOG.log(System.Logger.Level.DEBUG, () -> "node '" + node.id + "' (" + node.type + ") " + what);
        return NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, "node '" + node.id + "' failed");
    }

    private NodeOutcome capped(NodeOutcome outcome) {
        if (outcome instanceof NodeOutcome.Iterate iterate && iterate.items().size() > limits.loopMaxIterations()) {
            return NodeOutcome.fail(
                    ErrorCode.EXECUTION_FAILED,
                    "loop over " + iterate.items().size() + " items exceeds the limit of "
                            + limits.loopMaxIterations());
        }
        return outcome;
    }

    private Answer failure(PlanNode node, NodeError error) {
        return new Answer(error.code().status(), Map.of(), ErrorBodies.body(error, node.id), error, node.id);
    }

    private void record(
            PlanNode node, Object input, Object output, String port, NodeError error, long began, LoopFrame frame) {
        trace.add(entry(node, input, output, port, error, began, frame, context.marked()));
    }

    private static TraceEntry entry(
            PlanNode node,
            Object input,
            Object output,
            String port,
            NodeError error,
            long began,
            LoopFrame frame,
            List<MarkedValue> marked) {
        return new TraceEntry(
                node.id,
                node.type,
                input,
                output,
                port,
                error,
                System.nanoTime() - began,
                frame == null ? null : frame.index(),
                node.credentials,
                marked);
    }
}
