package io.dotportion.store.log;

import static io.dotportion.store.mongo.ExecutionFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.testing.Poll;
import io.dotportion.store.EmbeddedStoreTestBase;
import io.dotportion.store.mongo.Ids;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetentionSweeperTest extends EmbeddedStoreTestBase {
    private static final Duration RETENTION = Duration.ofDays(7);

    private ExecutionRecord startedAgo(Duration age) {
        return record(Ids.newId(), "p1", "w1", "ok", clock.instant().minus(age));
    }

    @Test
    void a_sweep_deletes_only_executions_older_than_the_retention() {
        ExecutionRecord old = startedAgo(RETENTION.plusSeconds(1));
        ExecutionRecord young = startedAgo(RETENTION.minusSeconds(1));
        stores.executions().insertAll(List.of(old, young));
        RetentionSweeper sweeper = new RetentionSweeper(stores.executions(), RETENTION, clock);

        assertThat(sweeper.sweepOnce()).isEqualTo(1);
        assertThat(stores.executions().list("p1", null, null, 10))
                .extracting(ExecutionRecord::id)
                .containsExactly(young.id());

        clock.advance(Duration.ofSeconds(2));
        assertThat(sweeper.sweepOnce()).isEqualTo(1);
        assertThat(stores.executions().list("p1", null, null, 10)).isEmpty();
    }

    @Test
    void a_started_sweeper_keeps_sweeping_every_interval() throws Exception {
        try (RetentionSweeper ignored =
                new RetentionSweeper(stores.executions(), RETENTION, clock).start(Duration.ofMillis(10))) {
            stores.executions().insertAll(List.of(startedAgo(RETENTION.plusSeconds(1))));
            awaitNoExecutions();
            stores.executions().insertAll(List.of(startedAgo(RETENTION.minusSeconds(1))));
            clock.advance(Duration.ofSeconds(2));
            awaitNoExecutions();
        }
    }

    private void awaitNoExecutions() {
        Poll.until(
                Duration.ofSeconds(10),
                () -> stores.executions().list("p1", null, null, 10),
                List::isEmpty,
                "the expired runs swept away");
    }
}
