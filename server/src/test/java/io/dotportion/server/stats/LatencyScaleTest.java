package io.dotportion.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyScaleTest {
    private static final double WIDTH = Math.pow(2, 0.25);

    @Test
    void a_bucket_bound_is_never_below_the_duration_and_at_most_one_step_above() {
        for (long micros = 51; micros < 60_000_000; micros = micros * 11 / 10 + 1) {
            double millis = micros / 1_000.0;
            double bound = LatencyScale.upperMillis(LatencyScale.index(micros * 1_000));
            assertThat(bound)
                    .as("bound of %s ms", millis)
                    .isGreaterThanOrEqualTo(millis - 0.001)
                    .isLessThanOrEqualTo(millis * WIDTH + 0.001);
        }
    }

    @Test
    void tiny_durations_fall_in_the_first_bucket_and_huge_ones_in_the_last() {
        assertThat(LatencyScale.index(0)).isZero();
        assertThat(LatencyScale.index(50_000)).isZero();
        assertThat(LatencyScale.index(Long.MAX_VALUE)).isEqualTo(LatencyScale.BUCKETS - 1);
    }

    @Test
    void percentiles_of_one_to_a_hundred_milliseconds_are_within_one_bucket_of_the_truth() {
        Map<Integer, Long> counts = new HashMap<>();
        for (int ms = 1; ms <= 100; ms++) {
            counts.merge(LatencyScale.index(ms * 1_000_000L), 1L, Long::sum);
        }
        assertThat(LatencyScale.percentile(counts, 0.50)).isBetween(50.0, 50 * WIDTH);
        assertThat(LatencyScale.percentile(counts, 0.95)).isBetween(95.0, 95 * WIDTH);
        assertThat(LatencyScale.percentile(counts, 0.99)).isBetween(99.0, 99 * WIDTH);
    }

    @Test
    void a_skewed_distribution_puts_p50_low_and_p99_high() {
        Map<Integer, Long> counts = new HashMap<>();
        counts.put(LatencyScale.index(2_000_000), 98L);
        counts.put(LatencyScale.index(900_000_000), 2L);
        assertThat(LatencyScale.percentile(counts, 0.50)).isBetween(2.0, 2 * WIDTH);
        assertThat(LatencyScale.percentile(counts, 0.95)).isBetween(2.0, 2 * WIDTH);
        assertThat(LatencyScale.percentile(counts, 0.99)).isBetween(900.0, 900 * WIDTH);
    }

    @Test
    void an_empty_histogram_has_no_percentile() {
        assertThat(LatencyScale.percentile(Map.of(), 0.5)).isNull();
    }
}
