package io.dotportion.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.StatsCounts;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregateTest {

    @Test
    void counts_statuses_errors_and_latency_buckets_including_statuses_no_answer_has() {
        Aggregate aggregate = new Aggregate();
        aggregate.add(200, false, 10_000);
        aggregate.add(200, false, 10_000_000);
        aggregate.add(500, true, 10_000);
        aggregate.add(999, true, 10_000);
        StatsCounts counts = aggregate.counts();
        assertThat(counts.calls()).isEqualTo(4);
        assertThat(counts.errors()).isEqualTo(2);
        assertThat(counts.statusCodes()).isEqualTo(Map.of(200, 2L, 500, 1L, 999, 1L));
        assertThat(counts.latency()).isEqualTo(Map.of(0, 3L, LatencyScale.index(10_000_000), 1L));
    }

    @Test
    void a_taken_aggregate_refuses_further_runs_so_the_recorder_counts_them_in_a_fresh_one() {
        Aggregate aggregate = new Aggregate();
        assertThat(aggregate.add(201, false, 1)).isTrue();
        StatsCounts taken = aggregate.take();
        assertThat(aggregate.add(201, false, 1)).isFalse();
        assertThat(taken.calls()).isEqualTo(1);
        assertThat(aggregate.counts().calls()).isEqualTo(1);
    }

    @Test
    void counts_put_back_after_a_failed_write_add_up_with_new_runs() {
        Aggregate first = new Aggregate();
        first.add(200, false, 1);
        first.add(404, true, 1);
        Aggregate again = new Aggregate();
        again.add(first.take());
        again.add(200, false, 1);
        assertThat(again.counts().statusCodes()).isEqualTo(Map.of(200, 2L, 404, 1L));
        assertThat(again.counts().errors()).isEqualTo(1);
    }
}
