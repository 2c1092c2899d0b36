package io.dotportion.server.gateway;

import io.dotportion.core.http.OriginPatterns;
import io.dotportion.core.port.Project;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A project's CORS settings applied to one request. Disabled: no CORS header at all. Enabled: the allowed
 * origin ({@code *} when configured so, else the request's origin when an entry matches it — exactly or by a
 * one-label wildcard, see {@link OriginPatterns} — never any other)
 * on every answer, with {@code Vary: Origin}; a disallowed origin gets no CORS header, so the browser blocks.
 */
final class Cors {
    static final String EXPOSED = String.join(
            ", ",
            GatewayAnswer.EXECUTION_HEADER,
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "Retry-After");

    private final Project.Cors settings;
    private final Optional<String> allowedOrigin;

    private Cors(Project.Cors settings, Optional<String> allowedOrigin) {
        this.settings = settings;
        this.allowedOrigin = allowedOrigin;
    }

    static Cors of(Project.Cors settings, ServerRequest req) {
        if (!settings.enabled()) {
            return new Cors(settings, Optional.empty());
        }
        Optional<String> origin = req.headers().first(HeaderNames.ORIGIN);
        return new Cors(settings, origin.flatMap(o -> allowed(settings.allowedOrigins(), o)));
    }

    /** The headers every answer of the project carries. */
    void decorate(ServerResponse res) {
        if (!settings.enabled()) {
            return;
        }
        res.header(HeaderNames.VARY, "Origin");
        allowedOrigin.ifPresent(origin -> {
            res.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
            res.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        });
    }

    /** The extra headers of a preflight answer. */
    void preflight(ServerResponse res, Duration maxAge) {
        if (allowedOrigin.isEmpty()) {
            return;
        }
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", settings.allowedMethods()));
        res.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", settings.allowedHeaders()));
        res.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, String.valueOf(maxAge.toSeconds()));
    }

    private static Optional<String> allowed(List<String> origins, String origin) {
        if (origins.contains(OriginPatterns.ANY)) {
            return Optional.of(OriginPatterns.ANY);
        }
        for (String entry : origins) {
            if (OriginPatterns.matches(entry, origin)) {
                return Optional.of(origin);
            }
        }
        return Optional.empty();
    }
}
