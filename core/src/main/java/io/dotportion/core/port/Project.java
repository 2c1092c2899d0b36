package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;

/**
 * A project: owned by a user, its slug unique per owner. {@code allowCredentialLiterals} lets a workflow
 * that the leak check flags be deployed anyway (default false: deploy refuses it).
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
        boolean allowCredentialLiterals) {

    /** A project with the default settings that are not given (credential literals refused at deploy). */
    public Project(
            String id,
            String ownerId,
            String name,
            String slug,
            Cors cors,
            RateLimit rateLimit,
            Instant createdAt,
            Instant updatedAt) {
        this(id, ownerId, name, slug, cors, rateLimit, createdAt, updatedAt, false);
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
