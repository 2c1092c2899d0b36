package io.dotportion.server.stats;

import io.dotportion.core.port.StatsCounts;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts of one (workflow, hour) not yet written. Not thread-safe on its own: {@link StatsRecorder} only
 * touches it inside {@code ConcurrentHashMap.compute} on its key, which serialises access per key.
 */
final class Aggregate {
    private long calls;
    private long errors;
    private final Map<Integer, Long> statusCodes = new HashMap<>(4);
    private final Map<Integer, Long> latency = new HashMap<>(8);

    void add(int status, boolean error, long nanos) {
        calls++;
        if (error) {
            errors++;
        }
        statusCodes.merge(status, 1L, Long::sum);
        latency.merge(LatencyScale.index(nanos), 1L, Long::sum);
    }

    void add(StatsCounts counts) {
        calls += counts.calls();
        errors += counts.errors();
        counts.statusCodes().forEach((k, v) -> statusCodes.merge(k, v, Long::sum));
        counts.latency().forEach((k, v) -> latency.merge(k, v, Long::sum));
    }

    StatsCounts counts() {
        return new StatsCounts(calls, errors, statusCodes, latency);
    }
}
