package io.dotportion.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A workflow's path template such as {@code /users/{id}/posts}: literal segments and {@code {name}}
 * parameters. Normalised to one leading slash and no trailing slash.
 */
public record RoutePath(String text, List<Segment> segments) {
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+");
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** One path segment: a literal, or a parameter binding its name. */
    public record Segment(String literal, String param) {
        public boolean isParam() {
            return param != null;
        }
    }

    public RoutePath {
        segments = List.copyOf(segments);
    }

    /** Adds a leading slash, removes repeated and trailing slashes. */
    public static String normalize(String path) {
        if (path == null) {
            return null;
        }
        String trimmed = path.strip().replaceAll("/{2,}", "/");
        if (!trimmed.startsWith("/")) {
            trimmed = "/" + trimmed;
        }
        if (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    /** Parses a path template; throws {@link IllegalArgumentException} with a readable reason. */
    public static RoutePath parse(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path is required");
        }
        String normalized = normalize(path);
        List<Segment> segments = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String part : normalized.substring(1).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            var param = PARAM.matcher(part);
            if (param.matches()) {
                if (!names.add(param.group(1))) {
                    throw new IllegalArgumentException("path parameter {" + param.group(1) + "} appears twice");
                }
                segments.add(new Segment(null, param.group(1)));
            } else if (LITERAL.matcher(part).matches()) {
                segments.add(new Segment(part, null));
            } else {
                throw new IllegalArgumentException(
                        "path segment '" + part + "' is neither text nor a {name} parameter");
            }
        }
        return new RoutePath(normalized, segments);
    }

    /** Binds this template to request path segments; null when it does not match. */
    public Map<String, String> match(List<String> requestSegments) {
        if (requestSegments.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = null;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            String actual = requestSegments.get(i);
            if (s.isParam()) {
                if (params == null) {
                    params = new HashMap<>(4);
                }
                params.put(s.param(), actual);
            } else if (!s.literal().equals(actual)) {
                return null;
            }
        }
        return params == null ? Map.of() : params;
    }

    /** The template with parameter names erased: two paths with the same shape clash. */
    public String shape() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append('/').append(s.isParam() ? "{}" : s.literal());
        }
        return out.isEmpty() ? "/" : out.toString();
    }

    /** Number of literal segments: more literals win when two templates match one path. */
    public int literalCount() {
        return (int) segments.stream().filter(s -> !s.isParam()).count();
    }

    @Override
    public String toString() {
        return text;
    }
}
