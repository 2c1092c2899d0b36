package io.dotportion.core.engine;

import io.dotportion.core.node.NodeError;
import java.util.List;
import java.util.Map;

/**
 * How an execution ended: the HTTP answer to send, and when it failed the error and the node that
 * failed. For a failure {@code body} is already the error body of docs/ERRORS.md without the execution id.
 */
public record ExecutionResult(
        int status,
        Map<String, String> headers,
        Object body,
        NodeError error,
        String failedNodeId,
        List<TraceEntry> trace,
        long durationNanos) {

    public boolean failed() {
        return error != null;
    }
}
