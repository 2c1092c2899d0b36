package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;

/**
 * A project: owned by a user, its slug unique per owner. {@code slugRedirects} are the slugs it had before a
 * rename that still answer (with a redirect to the current slug) until their time ends; while one does, no
 * other project of the owner can take that slug. {@code allowCredentialLiterals} lets a workflow that the leak
 * check flags be deployed anyway (default false: deploy refuses it).
 */
public record Project(
        String id,
        String ownerId,
        String name,
        String slug,
        Cors cors,
        RateLimit rateLimit,
        Instant createdAt,
        Instant updatedAt,
        List<SlugRedirect> slugRedirects,
        boolean allowCredentialLiterals) {

    public Project {
        slugRedirects = slugRedirects == null ? List.of() : List.copyOf(slugRedirects);
    }

    /** The old slugs that still redirect at {@code now}. */
    public List<SlugRedirect> redirectingAt(Instant now) {
        return slugRedirects.stream().filter(r -> r.activeAt(now)).toList();
    }

    /** A former slug that redirects to the project's current one until {@code until} (exclusive). */
    public record SlugRedirect(String slug, Instant until) {
        public boolean activeAt(Instant now) {
            return now.isBefore(until);
        }
    }

    /** CORS settings as DotPortion names them. */
    public record Cors(
            boolean enabled, List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders) {
        public static Cors disabled() {
            return new Cors(
                    false,
                    List.of("*"),
                    List.of("GET", "POST", "PUT", "PATCH", "DELETE"),
                    List.of("Content-Type", "Authorization"));
        }
    }

    /** Rate limit settings as DotPortion names them. */
    public record RateLimit(
            boolean enabled, long windowMs, int max, String message, boolean standardHeaders, boolean legacyHeaders) {
        public static RateLimit disabled() {
            return new RateLimit(false, 60_000, 100, "Too many requests, please try again later.", true, false);
        }
    }
}
