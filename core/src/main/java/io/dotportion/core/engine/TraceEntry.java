package io.dotportion.core.engine;

import io.dotportion.core.node.NodeError;
import java.util.List;
import java.util.Set;

/**
 * What one node did in one execution. {@code input} and {@code output} are references to the
 * (immutable) values; capping and redaction happen when the trace is written, off the request path.
 * {@code loopIndex} is the iteration of the innermost loop, or null. {@code credentials} names the fields of
 * {@code output} that hold credentials the node produced ({@link io.dotportion.core.node.NodeType#credentialOutputs}),
 * masked in stored traces; {@code marked} the values the node marked as sensitive while it ran
 * ({@link io.dotportion.core.node.NodeContext#sensitive}), masked in every formatted trace.
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
        Set<String> credentials,
        List<MarkedValue> marked) {

    public TraceEntry {
        credentials = credentials == null ? Set.of() : Set.copyOf(credentials);
        marked = marked == null ? List.of() : List.copyOf(marked);
    }

    /** An entry of a node that marked no value as sensitive. */
    public TraceEntry(
            String nodeId,
            String type,
            Object input,
            Object output,
            String port,
            NodeError error,
            long durationNanos,
            Integer loopIndex,
            Set<String> credentials) {
        this(nodeId, type, input, output, port, error, durationNanos, loopIndex, credentials, List.of());
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
        this(nodeId, type, input, output, port, error, durationNanos, loopIndex, Set.of(), List.of());
    }
}
