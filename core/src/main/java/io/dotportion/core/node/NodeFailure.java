package io.dotportion.core.node;

/**
 * Thrown by a node (or a service it calls) to fail with a known error; the engine turns it into
 * {@link NodeOutcome.Fail}. Any other exception from a node becomes {@link ErrorCode#EXECUTION_FAILED}
 * with a generic message.
 */
public final class NodeFailure extends RuntimeException {
    private final NodeError error;

    public NodeFailure(NodeError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public NodeFailure(ErrorCode code, String message) {
        this(NodeError.of(code, message));
    }

    public NodeError error() {
        return error;
    }
}
