package io.dotportion.core.port;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What happened in one stats bucket (or what a flush adds to it): calls, errors, calls per HTTP status,
 * and a latency histogram as counts per bucket index (the index scale belongs to whoever records; the
 * store only adds counts up). The maps are sparse: absent means zero.
 */
public record StatsCounts(long calls, long errors, Map<Integer, Long> statusCodes, Map<Integer, Long> latency) {
    public static final StatsCounts EMPTY = new StatsCounts(0, 0, Map.of(), Map.of());

    public StatsCounts {
        statusCodes = Map.copyOf(statusCodes);
        latency = Map.copyOf(latency);
    }

    public boolean isEmpty() {
        return calls == 0 && errors == 0 && statusCodes.isEmpty() && latency.isEmpty();
    }

    /** The sum of both, field by field. */
    public StatsCounts plus(StatsCounts other) {
        return new StatsCounts(
                calls + other.calls,
                errors + other.errors,
                sum(statusCodes, other.statusCodes),
                sum(latency, other.latency));
    }

    /** Status codes in ascending order, as the API shows them. */
    public Map<Integer, Long> sortedStatusCodes() {
        return new TreeMap<>(statusCodes);
    }

    private static Map<Integer, Long> sum(Map<Integer, Long> a, Map<Integer, Long> b) {
        Map<Integer, Long> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Long::sum));
        return out;
    }
}
