package io.dotportion.store.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.StatsBucket;
import io.dotportion.core.port.StatsCounts;
import io.dotportion.core.port.StatsGranularity;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoStatsStoreTest extends EmbeddedStoreTestBase {
    private static final Instant T = Instant.parse("2025-03-04T10:15:00Z");
    private MongoStatsStore store;

    @BeforeEach
    void open() {
        store = new MongoStatsStore(client.getDatabase(settings.databaseName()));
    }

    @Test
    void adds_sum_up_in_the_hour_and_the_day_bucket() {
        store.add("p1", "w1", T, new StatsCounts(2, 1, Map.of(200, 1L, 500, 1L), Map.of(3, 2L)));
        store.add("p1", "w1", T.plusSeconds(600), new StatsCounts(1, 0, Map.of(200, 1L), Map.of(3, 1L, 7, 1L)));

        List<StatsBucket> hours =
                store.buckets("p1", "w1", StatsGranularity.HOUR, T.minusSeconds(3600), T.plusSeconds(3600));
        assertThat(hours).hasSize(1);
        assertThat(hours.getFirst().start()).isEqualTo(Instant.parse("2025-03-04T10:00:00Z"));
        assertThat(hours.getFirst().counts())
                .isEqualTo(new StatsCounts(3, 1, Map.of(200, 2L, 500, 1L), Map.of(3, 3L, 7, 1L)));
        List<StatsBucket> days = store.buckets(
                "p1",
                "w1",
                StatsGranularity.DAY,
                Instant.parse("2025-03-01T00:00:00Z"),
                Instant.parse("2025-03-10T00:00:00Z"));
        assertThat(days).singleElement().satisfies(d -> {
            assertThat(d.start()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
            assertThat(d.counts().calls()).isEqualTo(3);
        });
    }

    @Test
    void buckets_are_filtered_by_project_workflow_and_range_oldest_first() {
        store.add("p1", "w1", T.plusSeconds(3600), StatsCountsOf.calls(1));
        store.add("p1", "w1", T, StatsCountsOf.calls(2));
        store.add("p1", "w2", T, StatsCountsOf.calls(4));
        store.add("p2", "w3", T, StatsCountsOf.calls(8));

        assertThat(store.buckets("p1", null, StatsGranularity.HOUR, T.minusSeconds(7200), T.plusSeconds(7200)))
                .extracting(b -> b.workflowId() + "@" + b.start().toString().substring(11, 13) + "="
                        + b.counts().calls())
                .containsExactly("w1@10=2", "w2@10=4", "w1@11=1");
        assertThat(store.buckets(
                        "p1", "w1", StatsGranularity.HOUR, Instant.parse("2025-03-04T11:00:00Z"), T.plusSeconds(7200)))
                .extracting(b -> b.counts().calls())
                .containsExactly(1L);
        assertThat(store.buckets(
                        "p1", "w1", StatsGranularity.HOUR, T.minusSeconds(7200), Instant.parse("2025-03-04T10:00:00Z")))
                .isEmpty();
    }

    @Test
    void concurrent_adds_to_one_bucket_lose_no_count() throws Exception {
        int threads = 6;
        int addsPerThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < addsPerThread; i++) {
                        store.add("p1", "w1", T, new StatsCounts(1, i % 2, Map.of(200, 1L), Map.of(i % 5, 1L)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        StatsCounts counts = store.buckets(
                        "p1", "w1", StatsGranularity.DAY, T.minusSeconds(86_400), T.plusSeconds(86_400))
                .getFirst()
                .counts();
        assertThat(counts.calls()).isEqualTo(threads * addsPerThread);
        assertThat(counts.errors()).isEqualTo(threads * addsPerThread / 2);
        assertThat(counts.statusCodes()).containsEntry(200, (long) threads * addsPerThread);
        assertThat(counts.latency().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(threads * addsPerThread);
    }

    @Test
    void empty_counts_write_nothing() {
        store.add("p1", "w1", T, StatsCounts.EMPTY);
        assertThat(store.buckets("p1", null, StatsGranularity.DAY, T.minusSeconds(86_400), T.plusSeconds(86_400)))
                .isEmpty();
    }

    private static final class StatsCountsOf {
        static StatsCounts calls(long n) {
            return new StatsCounts(n, 0, Map.of(200, n), Map.of());
        }
    }
}
