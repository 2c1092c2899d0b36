package io.dotportion.server.cluster;

import java.time.Duration;

/**
 * How instances sharing one store learn of each other's changes.
 *
 * @param pollInterval    how often an instance reads the change log (the propagation bound is about this
 *                        plus one store round trip and a recompile)
 * @param gapWait         how long a reader waits for a sequence number that was handed out but not yet written
 *                        (a publisher between its two writes) before it skips it and reloads everything
 * @param batch           changes read per poll
 * @param changeRetention how long changes stay in the log
 * @param sweepInterval   how often old changes and ended rate-limit windows are deleted
 */
public record ClusterSettings(
        Duration pollInterval, Duration gapWait, int batch, Duration changeRetention, Duration sweepInterval) {

    public ClusterSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        if (gapWait.isNegative()) {
            throw new IllegalArgumentException("gapWait must not be negative");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be positive");
        }
        if (changeRetention.compareTo(gapWait) <= 0) {
            throw new IllegalArgumentException("changeRetention must be longer than gapWait");
        }
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("sweepInterval must be positive");
        }
    }

    /** Poll every 250 ms, wait 2 s for a gap, read 500 at a time, keep changes 1 hour, sweep every minute. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(
                Duration.ofMillis(250), Duration.ofSeconds(2), 500, Duration.ofHours(1), Duration.ofMinutes(1));
    }
}
