package io.dotportion.core.node;

/** Stable error codes of the runtime (docs/ERRORS.md), each with its HTTP status. */
public enum ErrorCode {
    NOT_FOUND(404),
    INVALID_REQUEST(400),
    UNAUTHORIZED(401),
    PAYLOAD_TOO_LARGE(413),
    RATE_LIMITED(429),
    TIMEOUT(504),
    UPSTREAM_UNAVAILABLE(502),
    EXECUTION_FAILED(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
