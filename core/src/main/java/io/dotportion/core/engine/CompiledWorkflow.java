package io.dotportion.core.engine;

/**
 * The immutable plan of one workflow version: nodes resolved to compiled handlers, edges resolved to
 * successor references, templates parsed, scripts prepared. Thread-safe; a request only walks it.
 */
public interface CompiledWorkflow {

    /** The workflow's method and normalised path (from the document). */
    String method();

    io.dotportion.core.model.RoutePath path();

    /** Runs the workflow for one request. Never throws: every failure becomes an error result. */
    ExecutionResult execute(ExecutionRequest request);
}
