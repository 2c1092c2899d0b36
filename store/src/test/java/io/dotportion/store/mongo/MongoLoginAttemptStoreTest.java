package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.LoginAttemptStore.Failures;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoLoginAttemptStoreTest extends EmbeddedStoreTestBase {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2025-01-01T10:00:05Z");
    private static final Instant FORGET = Instant.parse("2025-01-01T11:00:00Z");
    private MongoLoginAttemptStore attempts;

    @BeforeEach
    void openAttempts() {
        attempts = new MongoLoginAttemptStore(client.getDatabase(settings.databaseName()));
    }

    @Test
    void failures_count_per_key_with_the_time_of_the_last_one() {
        assertThat(attempts.recordFailure("a", T0, FORGET)).isEqualTo(new Failures(1, T0));
        assertThat(attempts.recordFailure("a", T1, FORGET)).isEqualTo(new Failures(2, T1));
        attempts.recordFailure("b", T0, FORGET);

        assertThat(attempts.failures("a", T1)).contains(new Failures(2, T1));
        assertThat(attempts.failures("b", T1)).contains(new Failures(1, T0));
        assertThat(attempts.failures("c", T1)).isEmpty();
    }

    @Test
    void an_expired_key_counts_as_empty_and_starts_again_from_one() {
        attempts.recordFailure("old", T0, T1);
        attempts.recordFailure("old", T0, T1);

        assertThat(attempts.failures("old", T1)).isEmpty();
        assertThat(attempts.recordFailure("old", FORGET, FORGET.plusSeconds(60)))
                .isEqualTo(new Failures(1, FORGET));
    }

    @Test
    void clearing_forgets_the_key() {
        attempts.recordFailure("a", T0, FORGET);
        attempts.clear("a");

        assertThat(attempts.failures("a", T0)).isEmpty();
    }

    @Test
    void concurrent_failures_are_all_counted() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        IntStream.range(0, 40).forEach(i -> pool.submit(() -> attempts.recordFailure("busy", T0, FORGET)));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(attempts.failures("busy", T0).orElseThrow().count()).isEqualTo(40);
    }
}
