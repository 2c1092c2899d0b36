package io.dotportion.core.node;

import java.util.List;

/**
 * A node's failure: a stable code, a message that is safe to show to the API caller (no stack trace,
 * no secret, no internal detail), and for {@link ErrorCode#INVALID_REQUEST} every failing field.
 */
public record NodeError(ErrorCode code, String message, List<FieldError> details) {
    public NodeError {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public static NodeError of(ErrorCode code, String message) {
        return new NodeError(code, message, List.of());
    }

    public static NodeError invalidRequest(List<FieldError> details) {
        return new NodeError(ErrorCode.INVALID_REQUEST, "request validation failed", details);
    }
}
