package io.dotportion.server.data;

import io.dotportion.core.node.FieldError;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.helidon.webserver.http.ServerRequest;
import java.util.List;
import java.util.Map;

/** Reads and checks the parts of an explorer request: collection names, paging, and violations as errors. */
final class ExplorerRequests {
    static final int MAX_COLLECTION_LENGTH = 120;

    private ExplorerRequests() {}

    static String collection(ServerRequest req) {
        String name = req.path().pathParameters().get("name");
        if (name == null
                || name.isEmpty()
                || name.length() > MAX_COLLECTION_LENGTH
                || name.indexOf('$') >= 0
                || name.indexOf('\0') >= 0
                || name.startsWith("system.")
                || name.startsWith(".")
                || name.endsWith(".")) {
            throw ApiException.invalid("collection names are 1 to " + MAX_COLLECTION_LENGTH
                    + " characters, without '$', not starting with 'system.' and not starting or ending with '.'");
        }
        return name;
    }

    static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }

    static int number(ServerRequest req, String name, int fallback, int max) {
        String raw = req.query().first(name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 0 || n > max) {
                throw ApiException.invalid(name + " must be between 0 and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name + " must be a whole number");
        }
    }

    /** 400 INVALID_REQUEST listing every violation, as a database node reports it. */
    static void refuseIfAny(List<FieldError> errors, String collection) {
        if (!errors.isEmpty()) {
            throw new ApiException(
                    ApiError.INVALID_REQUEST,
                    "the document breaks the schema of collection '" + collection + "'",
                    Map.of(
                            "details",
                            errors.stream()
                                    .map(e -> Map.of("field", e.field(), "reason", e.reason()))
                                    .toList()));
        }
    }
}
