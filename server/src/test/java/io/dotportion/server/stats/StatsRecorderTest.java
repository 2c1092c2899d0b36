package io.dotportion.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.StatsBucket;
import io.dotportion.core.port.StatsCounts;
import io.dotportion.core.port.StatsGranularity;
import io.dotportion.core.port.StatsStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StatsRecorderTest {
    private static final Instant T = Instant.parse("2025-05-06T07:08:09Z");

    /** Sums what it is given per (workflow, hour); can be told to fail. */
    static final class MemoryStats implements StatsStore {
        final Map<String, StatsCounts> byKey = new ConcurrentHashMap<>();
        final AtomicBoolean failing = new AtomicBoolean();
        int writes;

        @Override
        public synchronized void add(String projectId, String workflowId, Instant at, StatsCounts counts) {
            if (failing.get()) {
                throw new IllegalStateException("store down");
            }
            writes++;
            byKey.merge(workflowId + "@" + StatsGranularity.HOUR.start(at), counts, StatsCounts::plus);
        }

        @Override
        public void deleteProject(String projectId) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public List<StatsBucket> buckets(
                String projectId, String workflowId, StatsGranularity granularity, Instant from, Instant to) {
            return List.of();
        }

        long calls() {
            return byKey.values().stream().mapToLong(StatsCounts::calls).sum();
        }
    }

    @Test
    void runs_are_aggregated_per_workflow_and_hour_and_written_once_per_flush() {
        MemoryStats store = new MemoryStats();
        try (StatsRecorder recorder = new StatsRecorder(store, StatsSettings.defaults())) {
            recorder.record("p", "w1", T, 200, false, 3_000_000);
            recorder.record("p", "w1", T.plusSeconds(60), 500, true, 9_000_000);
            recorder.record("p", "w1", T.plusSeconds(3600), 200, false, 1_000_000);
            recorder.record("p", "w2", T, 404, false, 1_000_000);
            recorder.flush();

            assertThat(store.writes).isEqualTo(3);
            StatsCounts w1 = store.byKey.get("w1@2025-05-06T07:00:00Z");
            assertThat(w1.calls()).isEqualTo(2);
            assertThat(w1.errors()).isEqualTo(1);
            assertThat(w1.statusCodes()).isEqualTo(Map.of(200, 1L, 500, 1L));
            assertThat(w1.latency()).containsOnlyKeys(LatencyScale.index(3_000_000), LatencyScale.index(9_000_000));

            recorder.flush();
            assertThat(store.writes).isEqualTo(3);
        }
    }

    @Test
    void counts_of_a_failed_flush_are_kept_for_the_next_one() {
        MemoryStats store = new MemoryStats();
        try (StatsRecorder recorder = new StatsRecorder(store, StatsSettings.defaults())) {
            recorder.record("p", "w1", T, 200, false, 1_000_000);
            store.failing.set(true);
            assertThatThrownBy(recorder::flush).hasMessage("store down");
            recorder.record("p", "w1", T, 200, false, 1_000_000);
            store.failing.set(false);
            recorder.flush();

            assertThat(store.calls()).isEqualTo(2);
        }
    }

    @Test
    void concurrent_recording_while_flushing_loses_no_count() throws Exception {
        MemoryStats store = new MemoryStats();
        int threads = 4;
        int runsPerThread = 5_000;
        try (StatsRecorder recorder = new StatsRecorder(store, StatsSettings.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            CountDownLatch go = new CountDownLatch(1);
            AtomicBoolean recording = new AtomicBoolean(true);
            try {
                List<Future<?>> recorders = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String workflow = "w" + (t % 2);
                    recorders.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < runsPerThread; i++) {
                            recorder.record("p", workflow, T.plusSeconds(i % 7_200), 200, i % 10 == 0, i * 1_000L);
                        }
                        return null;
                    }));
                }
                Future<?> flusher = pool.submit(() -> {
                    go.await();
                    while (recording.get()) {
                        recorder.flush();
                    }
                    return null;
                });
                go.countDown();
                for (Future<?> f : recorders) {
                    f.get();
                }
                recording.set(false);
                flusher.get();
            } finally {
                pool.shutdownNow();
            }
            recorder.flush();
        }
        assertThat(store.calls()).isEqualTo((long) threads * runsPerThread);
        assertThat(store.byKey.values().stream().mapToLong(StatsCounts::errors).sum())
                .isEqualTo((long) threads * runsPerThread / 10);
    }

    @Test
    void past_the_pending_limit_runs_of_further_workflows_are_dropped_not_queued() {
        MemoryStats store = new MemoryStats();
        try (StatsRecorder recorder = new StatsRecorder(store, new StatsSettings(Duration.ofSeconds(5), 1))) {
            recorder.record("p", "w1", T, 200, false, 1_000_000);
            recorder.record("p", "w2", T, 200, false, 1_000_000);
            recorder.record("p", "w1", T, 200, false, 1_000_000);
            recorder.flush();
            recorder.record("p", "w2", T, 200, false, 1_000_000);
            recorder.flush();
        }
        assertThat(store.byKey.get("w1@2025-05-06T07:00:00Z").calls()).isEqualTo(2);
        assertThat(store.byKey.get("w2@2025-05-06T07:00:00Z").calls()).isEqualTo(1);
    }

    @Test
    void settings_refuse_a_zero_interval_and_no_room() {
        assertThatThrownBy(() -> new StatsSettings(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StatsSettings(Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
