package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoLoginAttemptStoreTest extends EmbeddedStoreTestBase {
    private static final Instant WINDOW = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant NEXT = Instant.parse("2025-01-01T10:15:00Z");
    private MongoLoginAttemptStore attempts;

    @BeforeEach
    void openAttempts() {
        attempts = new MongoLoginAttemptStore(client.getDatabase(settings.databaseName()));
    }

    @Test
    void failures_count_per_key_and_window() {
        assertThat(attempts.recordFailure("a", WINDOW, NEXT)).isEqualTo(1);
        assertThat(attempts.recordFailure("a", WINDOW, NEXT)).isEqualTo(2);
        attempts.recordFailure("b", WINDOW, NEXT);

        assertThat(attempts.failures("a", WINDOW)).isEqualTo(2);
        assertThat(attempts.failures("b", WINDOW)).isEqualTo(1);
        assertThat(attempts.failures("a", NEXT)).isZero();
    }

    @Test
    void clearing_forgets_the_window() {
        attempts.recordFailure("a", WINDOW, NEXT);
        attempts.clear("a", WINDOW);

        assertThat(attempts.failures("a", WINDOW)).isZero();
    }

    @Test
    void concurrent_failures_are_all_counted() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        IntStream.range(0, 40).forEach(i -> pool.submit(() -> attempts.recordFailure("busy", WINDOW, NEXT)));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(attempts.failures("busy", WINDOW)).isEqualTo(40);
    }
}
