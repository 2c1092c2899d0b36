package io.dotportion.core.engine;

import io.dotportion.core.node.NodeError;

/**
 * What one node did in one execution. {@code input} and {@code output} are references to the
 * (immutable) values; capping and redaction happen when the trace is written, off the request path.
 * {@code loopIndex} is the iteration of the innermost loop, or null.
 */
public record TraceEntry(String nodeId, String type, Object input, Object output, String port, NodeError error,
                         long durationNanos, Integer loopIndex) {
}
