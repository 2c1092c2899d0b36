package io.dotportion.core.engine;

import io.dotportion.core.node.NodeError;
import java.util.Set;

/**
 * What one node did in one execution. {@code input} and {@code output} are references to the
 * (immutable) values; capping and redaction happen when the trace is written, off the request path.
 * {@code loopIndex} is the iteration of the innermost loop, or null. {@code credentials} names the fields of
 * {@code output} that hold credentials the node produced ({@link io.dotportion.core.node.NodeType#credentialOutputs}).
 */
public record TraceEntry(
        String nodeId,
        String type,
        Object input,
        Object output,
        String port,
        NodeError error,
        long durationNanos,
        Integer loopIndex,
        Set<String> credentials) {

    public TraceEntry {
        credentials = credentials == null ? Set.of() : Set.copyOf(credentials);
    }

    /** An entry of a node that produces no credentials. */
    public TraceEntry(
            String nodeId,
            String type,
            Object input,
            Object output,
            String port,
            NodeError error,
            long durationNanos,
            Integer loopIndex) {
        this(nodeId, type, input, output, port, error, durationNanos, loopIndex, Set.of());
    }
}
