package io.dotportion.core.engine;

import io.dotportion.core.mask.RequestMasking;

/**
 * The immutable plan of one workflow version: nodes resolved to compiled handlers, edges resolved to
 * successor references, templates parsed, scripts prepared. Thread-safe; a request only walks it.
 */
public interface CompiledWorkflow {

    /** The workflow's method and normalised path (from the document). */
    String method();

    io.dotportion.core.model.RoutePath path();

    /**
     * Runs the workflow for one request. Never throws: every failure becomes an error result.
     *
     * <ul>
     *   <li>The apiStart node's input is the request value; each node's input is the previous node's output.</li>
     *   <li>A {@code response} node ends the execution with its answer, also from inside a loop body.</li>
     *   <li>A failure follows the node's "error" edge with input {@code {code, message, details?}}; without one
     *       it ends the execution with the error's status and body {@code {error, message, nodeId, details?}}.
     *       An unexpected exception is the failure {@code EXECUTION_FAILED "node '<id>' failed"}.</li>
     *   <li>A Loop runs its "true" branch per item; an iteration ends when the walk returns to this Loop node
     *       (or to an enclosing one) or reaches a port without an edge; then "false" follows with the list of
     *       each iteration's last output.</li>
     *   <li>Outside loops, a port without an edge ends the execution <em>without a response node</em>: the
     *       answer is 200 with the last output as body.</li>
     *   <li>Before each node the deadline (start + execution timeout) is checked: past it the answer is 504
     *       {@code TIMEOUT}.</li>
     * </ul>
     */
    ExecutionResult execute(ExecutionRequest request);

    /**
     * What traces of this workflow's runs mask of their requests (its masking setting and the fields its nodes
     * declare sensitive). Asked only when a trace is written.
     */
    default RequestMasking masking() {
        return RequestMasking.DEFAULT;
    }
}
