package io.dotportion.server.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.dotportion.core.value.Json;
import io.dotportion.core.value.MalformedInputException;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;

/**
 * Reads /v1 request bodies: bounded, strict (UTF-8, one value, no duplicate key: {@link Json#readInput}),
 * failures as stable API errors.
 */
public final class JsonRequests {
    private final long maxBytes;

    public JsonRequests(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body bound to {@code type}; 400 INVALID_JSON when missing or malformed, INVALID_INPUT when mistyped. */
    public <T> T read(ServerRequest req, Class<T> type) {
        byte[] bytes = BoundedBody.read(req, maxBytes);
        if (isBlank(bytes)) {
            throw new ApiException(ApiError.INVALID_JSON, "a JSON request body is required");
        }
        return parse(bytes, type);
    }

    /** Like {@link #read} but an empty body binds to {@code whenEmpty}. */
    public <T> T readOptional(ServerRequest req, Class<T> type, T whenEmpty) {
        byte[] bytes = BoundedBody.read(req, maxBytes);
        return isBlank(bytes) ? whenEmpty : parse(bytes, type);
    }

    private static <T> T parse(byte[] bytes, Class<T> type) {
        try {
            T value = Json.readInput(bytes, type);
            if (value == null) {
                throw new ApiException(ApiError.INVALID_JSON, "a JSON request body is required");
            }
            return value;
        } catch (MalformedInputException e) {
            throw new ApiException(ApiError.INVALID_JSON, e.getMessage());
        } catch (JsonParseException e) {
            throw new ApiException(ApiError.INVALID_JSON, "malformed JSON: " + e.getOriginalMessage());
        } catch (MismatchedInputException e) {
            throw new ApiException(ApiError.INVALID_INPUT, "wrong type at " + fieldPath(e));
        } catch (StreamReadException e) {
            throw new ApiException(ApiError.INVALID_JSON, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(ApiError.INVALID_INPUT, "request body cannot be read");
        }
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : path.toString();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
