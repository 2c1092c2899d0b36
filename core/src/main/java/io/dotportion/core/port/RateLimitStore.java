package io.dotportion.core.port;

import java.time.Instant;

/**
 * Fixed-window request counters shared by every instance on one store: one counter per
 * (project, client key, window start), incremented atomically.
 */
public interface RateLimitStore {

    /**
     * Adds one hit to the counter of {@code (projectId, key, windowStart)}, creating it when absent, and returns
     * the count after the hit. {@code expiresAt} (the window's end) lets the store drop the counter later.
     */
    long hit(String projectId, String key, Instant windowStart, Instant expiresAt);

    /** Deletes counters whose window ended before {@code before}; returns how many. */
    long sweep(Instant before);
}
