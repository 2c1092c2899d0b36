package io.dotportion.server.http;

/** Stable error codes of the management API, each with its HTTP status. Never rename one: clients match on them. */
public enum ApiError {
    INVALID_JSON(400),
    INVALID_INPUT(400),
    INVALID_WORKFLOW(400),
    INVALID_REQUEST(400),
    INVALID_SECRET_NAME(400),
    INVALID_SECRET_TYPE(400),
    INVALID_SECRET_VALUE(400),
    INVALID_GRACE_SECONDS(400),
    INVALID_ENVIRONMENT(400),
    INVALID_SECRET_METADATA(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    CSRF_REJECTED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    CONFLICT(409),
    ROUTE_CONFLICT(409),
    LAST_OWNER(409),
    SECRET_TYPE_CHANGED(409),
    SECRET_IN_USE(409),
    SECRET_NOT_STAGED(409),
    ENVIRONMENT_LIMIT(409),
    ENVIRONMENT_IN_USE(409),
    PAYLOAD_TOO_LARGE(413),
    RATE_LIMITED(429),
    INTERNAL(500),
    SECRET_UNAVAILABLE(500),
    UPSTREAM_UNAVAILABLE(502);

    private final int status;

    ApiError(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
