package io.dotportion.server.gateway;

import java.time.Duration;

/**
 * Limits of the runtime gateway beyond the execution limits.
 *
 * @param corsMaxAge        how long a browser may cache a preflight answer ({@code Access-Control-Max-Age})
 * @param trustedProxies    how many proxies (load balancers) in front of the instances append to
 *                          {@code X-Forwarded-For}; 0 keys rate limits by the socket's peer address
 * @param blockedCacheSize  how many (project, client, window) entries known to be over their limit an instance
 *                          remembers, to refuse them without a store round trip
 */
public record GatewaySettings(Duration corsMaxAge, int trustedProxies, int blockedCacheSize) {

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
    }

    /** Preflights cached 10 minutes, no proxy trusted, 10 000 blocked clients remembered. */
    public static GatewaySettings defaults() {
        return new GatewaySettings(Duration.ofMinutes(10), 0, 10_000);
    }

    public GatewaySettings withTrustedProxies(int hops) {
        return new GatewaySettings(corsMaxAge, hops, blockedCacheSize);
    }
}
