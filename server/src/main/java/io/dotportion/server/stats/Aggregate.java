package io.dotportion.server.stats;

import io.dotportion.core.port.StatsCounts;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of one (workflow, hour) not yet written. Thread-safe: adding is a few array increments under this
 * object's lock, without boxing or a map update. {@link #take} closes it; an add that comes after is refused,
 * so the caller counts the run in a fresh aggregate and nothing is lost or counted twice.
 */
final class Aggregate {
    /** Statuses an answer can have are counted in an array; anything else (never sent as is) in a map. */
    private static final int STATUS_SLOTS = 600;

    private long calls;
    private long errors;
    private final long[] statuses = new long[STATUS_SLOTS];
    private final Map<Integer, Long> otherStatuses = new HashMap<>(2);
    private final long[] latency = new long[LatencyScale.BUCKETS];
    private boolean taken;

    /** Counts one run; false when this aggregate was taken already. */
    synchronized boolean add(int status, boolean error, long nanos) {
        if (taken) {
            return false;
        }
        calls++;
        if (error) {
            errors++;
        }
        if (status >= 0 && status < STATUS_SLOTS) {
            statuses[status]++;
        } else {
            otherStatuses.merge(status, 1L, Long::sum);
        }
        latency[LatencyScale.index(nanos)]++;
        return true;
    }

    /** Adds counts that could not be written (the aggregate is fresh, made for putting them back). */
    synchronized void add(StatsCounts counts) {
        calls += counts.calls();
        errors += counts.errors();
        counts.statusCodes().forEach((k, v) -> {
            if (k >= 0 && k < STATUS_SLOTS) {
                statuses[k] += v;
            } else {
                otherStatuses.merge(k, v, Long::sum);
            }
        });
        counts.latency().forEach((k, v) -> latency[k] += v);
    }

    /** The counts so far; no add is accepted after. */
    synchronized StatsCounts take() {
        taken = true;
        return counts();
    }

    synchronized StatsCounts counts() {
        Map<Integer, Long> byStatus = new HashMap<>(otherStatuses);
        for (int i = 0; i < STATUS_SLOTS; i++) {
            if (statuses[i] != 0) {
                byStatus.put(i, statuses[i]);
            }
        }
        Map<Integer, Long> byLatency = new HashMap<>();
        for (int i = 0; i < latency.length; i++) {
            if (latency[i] != 0) {
                byLatency.put(i, latency[i]);
            }
        }
        return new StatsCounts(calls, errors, byStatus, byLatency);
    }
}
