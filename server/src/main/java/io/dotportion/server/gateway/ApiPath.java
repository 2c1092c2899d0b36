package io.dotportion.server.gateway;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A request path under /api split into owner, project slug and the (decoded) segments after them. */
public record ApiPath(ProjectKey key, List<String> segments) {
    private static final String PREFIX = "/api/";

    public ApiPath {
        segments = List.copyOf(segments);
    }

    /** Empty when the path does not name an owner and a project. */
    public static Optional<ApiPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String part : rawPath.substring(PREFIX.length()).split("/")) {
            if (!part.isEmpty()) {
                String decoded = decode(part);
                if (decoded == null) {
                    return Optional.empty();
                }
                parts.add(decoded);
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

    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
