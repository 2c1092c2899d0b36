package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;

/** A project: owned by a user, its slug unique per owner. */
public record Project(
        String id,
        String ownerId,
        String name,
        String slug,
        Cors cors,
        RateLimit rateLimit,
        Instant createdAt,
        Instant updatedAt) {

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
