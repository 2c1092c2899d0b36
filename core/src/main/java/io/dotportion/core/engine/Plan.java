package io.dotportion.core.engine;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.model.RoutePath;

/**
 * The compiled, immutable plan of one workflow version. Thread-safe: every request gets its own
 * {@link Execution}; the plan is only read.
 *
 * <p>Walk rules: the apiStart node receives the request value as input; a node's output follows the edge
 * of the port it chose; a {@code response} ends the execution. A walk that reaches a port without an edge
 * outside any loop ends without a response: the answer is 200 with the last node's output as body.
 */
final class Plan implements CompiledWorkflow {
    private final String method;
    private final RoutePath path;
    private final PlanNode start;
    private final Limits limits;
    /** How many nodes the plan has: sizes each run's trace and step outputs. */
    private final int nodeCount;

    private final RequestMasking masking;

    Plan(String method, RoutePath path, PlanNode start, Limits limits, int nodeCount, RequestMasking masking) {
        this.method = method;
        this.path = path;
        this.start = start;
        this.limits = limits;
        this.nodeCount = nodeCount;
        this.masking = masking;
    }

    @Override
    public RequestMasking masking() {
        return masking;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public RoutePath path() {
        return path;
    }

    @Override
    public ExecutionResult execute(ExecutionRequest request) {
        return new Execution(limits, request, nodeCount).run(start);
    }
}
