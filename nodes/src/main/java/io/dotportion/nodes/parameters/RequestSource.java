package io.dotportion.nodes.parameters;

import io.dotportion.core.node.RequestData;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The part of the request a parameter is read from. Only the body carries typed JSON; the rest is text. */
enum RequestSource {
    BODY,
    QUERY,
    HEADERS,
    PARAMS;

    static final String NAMES = "body, query, headers, params";

    static Optional<RequestSource> named(String name) {
        return name == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(s -> s.label().equals(name.trim().toLowerCase(Locale.ROOT)))
                        .findFirst();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when values arrive as text and are coerced to their type (everything but the body). */
    boolean isText() {
        return this != BODY;
    }

    /** The key looked up in the request: header names are matched lowercase. */
    String key(String name) {
        return this == HEADERS ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * The raw value of {@code key}, or null when missing. A query parameter of type array takes every value of
     * the key ({@code ?tag=a&tag=b}); a body that is not a JSON object holds no parameters.
     */
    Object lookup(RequestData request, String key, ParamType type) {
        return switch (this) {
            case BODY -> request.body() instanceof Map<?, ?> body ? body.get(key) : null;
            case QUERY ->
                type == ParamType.ARRAY
                        ? queryList(request, key)
                        : request.query().get(key);
            case HEADERS -> request.headers().get(key);
            case PARAMS -> request.params().get(key);
        };
    }

    private static Object queryList(RequestData request, String key) {
        List<String> all = request.queryAll().get(key);
        if (all != null) {
            return all;
        }
        String one = request.query().get(key);
        return one == null ? null : List.of(one);
    }
}
