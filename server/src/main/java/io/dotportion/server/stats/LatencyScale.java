package io.dotportion.server.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * A fixed log-scale latency histogram: bucket 0 holds everything up to 50 µs, bucket {@code i} everything
 * up to {@code 50 µs × 2^(i/4)} (each bucket about 19% wider than the one before), the last bucket
 * everything beyond. A percentile is the upper bound of the bucket holding it, so it overstates the true
 * value by at most one bucket width (about 19%), and histograms merge by adding counts.
 */
public final class LatencyScale {
    /** Number of buckets; the last one is open-ended (beyond about 70 minutes). */
    public static final int BUCKETS = 100;

    private static final double FIRST_BOUND_MICROS = 50.0;
    private static final double STEPS_PER_DOUBLING = 4.0;

    private LatencyScale() {}

    /** The bucket holding a duration. */
    public static int index(long nanos) {
        double micros = nanos / 1_000.0;
        if (micros <= FIRST_BOUND_MICROS) {
            return 0;
        }
        int i = (int) Math.ceil(STEPS_PER_DOUBLING * log2(micros / FIRST_BOUND_MICROS) - 1e-9);
        return Math.min(i, BUCKETS - 1);
    }

    /** The upper bound of a bucket in milliseconds, rounded to the microsecond. */
    public static double upperMillis(int index) {
        double micros = FIRST_BOUND_MICROS * Math.pow(2, index / STEPS_PER_DOUBLING);
        return Math.round(micros) / 1_000.0;
    }

    /** The {@code quantile} (0..1) of a histogram in milliseconds; null when it holds nothing. */
    public static Double percentile(Map<Integer, Long> counts, double quantile) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : new TreeMap<>(counts).entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return upperMillis(bucket.getKey());
            }
        }
        throw new IllegalStateException("rank beyond the histogram");
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
