package io.dotportion.server.gateway;

import java.time.Duration;

/**
 * Limits of the runtime gateway beyond the execution limits.
 *
 * @param corsMaxAge         how long a browser may cache a preflight answer ({@code Access-Control-Max-Age})
 * @param trustedProxies     how many proxies (load balancers) in front of the instances append to
 *                           {@code X-Forwarded-For}; 0 keys rate limits by the socket's peer address
 * @param blockedCacheSize   how many (project, client, window) entries known to be over their limit an instance
 *                           remembers, to refuse them without a store round trip
 * @param maxFormParts       how many parts (fields and files) a {@code multipart/form-data} body may have; the
 *                           body as a whole is bounded by the request body limit
 * @param slugRedirectPeriod how long a project's old slug answers 308 to the new one after a rename (the owner
 *                           can end it sooner)
 */
public record GatewaySettings(
        Duration corsMaxAge, int trustedProxies, int blockedCacheSize, int maxFormParts, Duration slugRedirectPeriod) {
    public static final int DEFAULT_MAX_FORM_PARTS = 100;
    public static final Duration DEFAULT_SLUG_REDIRECT_PERIOD = Duration.ofDays(30);

    public GatewaySettings {
        if (corsMaxAge.isNegative()) {
            throw new IllegalArgumentException("corsMaxAge must not be negative");
        }
        if (trustedProxies < 0) {
            throw new IllegalArgumentException("trustedProxies must not be negative");
        }
        if (blockedCacheSize < 0) {
            throw new IllegalArgumentException("blockedCacheSize must not be negative");
        }
        if (maxFormParts < 1) {
            throw new IllegalArgumentException("maxFormParts must be positive");
        }
        if (slugRedirectPeriod.isNegative()) {
            throw new IllegalArgumentException("slugRedirectPeriod must not be negative");
        }
    }

    /**
     * Preflights cached 10 minutes, no proxy trusted, 10 000 blocked clients remembered, 100 form parts, old
     * slugs redirecting for 30 days.
     */
    public static GatewaySettings defaults() {
        return new GatewaySettings(
                Duration.ofMinutes(10), 0, 10_000, DEFAULT_MAX_FORM_PARTS, DEFAULT_SLUG_REDIRECT_PERIOD);
    }

    public GatewaySettings withTrustedProxies(int hops) {
        return new GatewaySettings(corsMaxAge, hops, blockedCacheSize, maxFormParts, slugRedirectPeriod);
    }

    public GatewaySettings withMaxFormParts(int parts) {
        return new GatewaySettings(corsMaxAge, trustedProxies, blockedCacheSize, parts, slugRedirectPeriod);
    }

    public GatewaySettings withSlugRedirectPeriod(Duration period) {
        return new GatewaySettings(corsMaxAge, trustedProxies, blockedCacheSize, maxFormParts, period);
    }
}
