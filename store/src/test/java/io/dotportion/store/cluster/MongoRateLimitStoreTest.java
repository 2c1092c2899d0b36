package io.dotportion.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoRateLimitStoreTest extends EmbeddedStoreTestBase {
    private static final Instant WINDOW = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant END = WINDOW.plusSeconds(60);
    private MongoRateLimitStore limits;

    @BeforeEach
    void open() {
        limits = new MongoRateLimitStore(stores.database());
    }

    @Test
    void hits_count_up_per_project_key_and_window() {
        assertThat(limits.hit("p1", "1.2.3.4", WINDOW, END)).isEqualTo(1);
        assertThat(limits.hit("p1", "1.2.3.4", WINDOW, END)).isEqualTo(2);
        assertThat(limits.hit("p1", "5.6.7.8", WINDOW, END)).isEqualTo(1);
        assertThat(limits.hit("p2", "1.2.3.4", WINDOW, END)).isEqualTo(1);
        assertThat(limits.hit("p1", "1.2.3.4", END, END.plusSeconds(60))).isEqualTo(1);
    }

    @Test
    void concurrent_hits_are_all_counted() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> hits = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                hits.add(pool.submit(() -> limits.hit("p1", "k", WINDOW, END)));
            }
            List<Long> counts = new ArrayList<>();
            for (Future<Long> hit : hits) {
                counts.add(hit.get());
            }
            assertThat(counts).doesNotHaveDuplicates().hasSize(40);
            assertThat(limits.hit("p1", "k", WINDOW, END)).isEqualTo(41);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sweep_deletes_only_ended_windows() {
        limits.hit("p1", "k", WINDOW, END);
        limits.hit("p1", "k", END, END.plusSeconds(60));

        assertThat(limits.sweep(END.plusSeconds(1))).isEqualTo(1);
        assertThat(limits.hit("p1", "k", END, END.plusSeconds(60))).isEqualTo(2);
        assertThat(limits.hit("p1", "k", WINDOW, END)).isEqualTo(1);
    }
}
