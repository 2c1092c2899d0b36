package io.dotportion.core.model;

import java.util.Locale;
import java.util.Optional;

/** The HTTP methods a workflow can serve. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE;

    /** Parses a method name case-insensitively; empty when it is not one we serve. */
    public static Optional<HttpMethod> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
