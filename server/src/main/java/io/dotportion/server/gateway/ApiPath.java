package io.dotportion.server.gateway;

import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A request path under /api split into owner, project slug and the (decoded) segments after them. */
public record ApiPath(ProjectKey key, List<String> segments) {
    private static final String PREFIX = "/api/";

    public ApiPath {
        segments = List.copyOf(segments);
    }

    /** Empty when the path does not name an owner and a project; 400 when a segment is badly encoded. */
    public static Optional<ApiPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : rawPath.substring(PREFIX.length()).split("/")) {
            if (!part.isEmpty()) {
                parts.add(decode(part));
            }
        }
        if (parts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new ApiPath(new ProjectKey(parts.get(0), parts.get(1)), parts.subList(2, parts.size())));
    }

    /** The path after the project, with one leading slash. */
    public String workflowPath() {
        return "/" + String.join("/", segments);
    }

    /** A {@code +} stays a plus in a path; a bad escape or invalid UTF-8 is a 400, not a lenient guess. */
    private static String decode(String segment) {
        try {
            return PercentDecoding.decode(segment, false);
        } catch (MalformedInputException e) {
            throw new ApiException(ApiError.INVALID_REQUEST, "the request path is malformed: " + e.getMessage());
        }
    }
}
