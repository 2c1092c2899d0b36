package io.dotportion.server.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure answered as {@code {"error": CODE, "message": ..., ...extra}} with the code's status.
 * The message must be safe to show to the caller; {@code extra} adds fields such as {@code violations}.
 */
public final class ApiException extends RuntimeException {
    private final ApiError error;
    private final Map<String, Object> extra;

    public ApiException(ApiError error, String message, Map<String, Object> extra) {
        super(message, null, false, false);
        this.error = error;
        this.extra = Map.copyOf(extra);
    }

    public ApiException(ApiError error, String message) {
        this(error, message, Map.of());
    }

    public static ApiException notFound() {
        return new ApiException(ApiError.NOT_FOUND, "not found");
    }

    public static ApiException invalid(String message) {
        return new ApiException(ApiError.INVALID_INPUT, message);
    }

    public ApiError error() {
        return error;
    }

    public int status() {
        return error.status();
    }

    /** The JSON body of the answer. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.name());
        body.put("message", getMessage());
        body.putAll(extra);
        return body;
    }
}
