package io.dotportion.server.stats;

import java.time.Duration;

/**
 * How stats are aggregated before they reach the store.
 *
 * @param flushInterval how often pending counts are written (off the request path)
 * @param maxPending    at most this many (workflow, hour) aggregates wait in memory; when the store is
 *                      unreachable for long, counts of further ones are dropped (and logged) instead of
 *                      growing memory without bound
 */
public record StatsSettings(Duration flushInterval, int maxPending) {

    public StatsSettings {
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("flushInterval must be positive");
        }
        if (maxPending < 1) {
            throw new IllegalArgumentException("maxPending must be positive");
        }
    }

    /** Every 5 seconds, up to 100 000 pending aggregates. */
    public static StatsSettings defaults() {
        return new StatsSettings(Duration.ofSeconds(5), 100_000);
    }
}
