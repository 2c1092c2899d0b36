package io.dotportion.store.log;

import static io.dotportion.store.mongo.ExecutionFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.EmbeddedStoreTestBase;
import io.dotportion.store.mongo.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExecutionLogWriterTest extends EmbeddedStoreTestBase {
    private static final Duration FLUSH = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeWriters() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
    }

    private ExecutionLogWriter writer(GatedExecutionStore store, ExecutionLogSettings settings) {
        ExecutionLogWriter writer = ExecutionLogWriter.start(store, settings, clock);
        toClose.add(writer);
        toClose.add(0, store::open); // never leave the writer stuck behind a closed gate
        return writer;
    }

    private GatedExecutionStore gated(boolean closedGate, int failures) {
        return new GatedExecutionStore(stores.executions(), closedGate, failures);
    }

    private static ExecutionRecord next(int i) {
        return record(Ids.newId(), "p1", "w1", "ok", T0.plusMillis(i));
    }

    private static PendingExecution pending(int i) {
        ExecutionRecord record = next(i);
        return kept -> kept == ExecutionRecord.Kept.FULL ? record : summaryOf(record);
    }

    private static ExecutionRecord summaryOf(ExecutionRecord r) {
        return new ExecutionRecord(
                r.id(),
                r.projectId(),
                r.workflowId(),
                r.version(),
                r.kind(),
                r.status(),
                r.httpStatus(),
                r.errorCode(),
                r.method(),
                r.path(),
                r.durationMs(),
                r.startedAt(),
                List.of(),
                ExecutionRecord.Kept.SUMMARY);
    }

    private int stored() {
        return stores.executions().list("p1", null, null, 10_000).size();
    }

    @Test
    void submitted_executions_are_written_and_flush_waits_for_them() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        IntStream.range(0, 50).forEach(i -> assertThat(writer.submit(next(i))).isTrue());

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(stored()).isEqualTo(50);
    }

    @Test
    void the_record_is_built_on_the_writer_thread() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        AtomicReference<String> builtOn = new AtomicReference<>();
        writer.submit(kept -> {
            builtOn.set(Thread.currentThread().getName());
            return next(0);
        });

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(builtOn.get()).isEqualTo("execution-log-writer");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void waiting_executions_are_written_in_batches_of_at_most_the_batch_size() throws Exception {
        GatedExecutionStore store = gated(true, 0);
        ExecutionLogWriter writer = writer(store, ExecutionLogSettings.defaults());
        writer.submit(next(0));
        store.awaitFirstInsert();
        IntStream.range(1, 601).forEach(i -> writer.submit(next(i)));
        store.open();

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(store.batchSizes()).containsExactly(1, 500, 100);
        assertThat(stored()).isEqualTo(601);
    }

    @Test
    void a_full_queue_drops_and_counts_without_blocking_the_caller() throws Exception {
        GatedExecutionStore store = gated(true, 0);
        ExecutionLogWriter writer =
                writer(store, ExecutionLogSettings.defaults().withCapacity(10));
        writer.submit(next(0));
        store.awaitFirstInsert();

        List<Boolean> accepted = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> IntStream.range(1, 16)
                        .mapToObj(i -> writer.submit(next(i)))
                        .toList());

        assertThat(accepted.stream().filter(b -> b)).hasSize(10);
        assertThat(writer.droppedCount()).isEqualTo(5);
        store.open();
        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(stored()).isEqualTo(11);
    }

    @Test
    void flush_gives_up_at_its_timeout_while_the_store_is_stuck() throws Exception {
        GatedExecutionStore store = gated(true, 0);
        ExecutionLogWriter writer = writer(store, ExecutionLogSettings.defaults());
        writer.submit(next(0));
        store.awaitFirstInsert();

        assertThat(writer.flush(Duration.ofMillis(50))).isFalse();
        store.open();
        assertThat(writer.flush(FLUSH)).isTrue();
    }

    @Test
    void a_record_that_cannot_be_built_is_counted_and_the_others_are_written() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        writer.submit(next(0));
        writer.submit(kept -> {
            throw new IllegalStateException("broken");
        });
        writer.submit(next(2));

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(writer.failedCount()).isEqualTo(1);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void a_failing_insert_is_counted_and_the_writer_carries_on() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 1), ExecutionLogSettings.defaults());
        writer.submit(next(0));
        assertThat(writer.flush(FLUSH)).isTrue();
        writer.submit(next(1));

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(writer.failedCount()).isEqualTo(1);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void close_writes_what_is_waiting_and_refuses_later_submits() {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        IntStream.range(0, 20).forEach(i -> writer.submit(next(i)));

        writer.close();

        assertThat(stored()).isEqualTo(20);
        assertThat(writer.submit(next(21))).isFalse();
        assertThat(writer.droppedCount()).isEqualTo(1);
    }

    @Test
    void behind_its_high_water_mark_the_writer_keeps_every_failure_in_full_and_samples_the_traces_of_successes()
            throws Exception {
        GatedExecutionStore store = gated(true, 0);
        ExecutionLogWriter writer =
                writer(store, ExecutionLogSettings.defaults().withCapacity(100).withSampling(0.1, 2));
        writer.submit(pending(0), Keeping.FULL_UNLESS_BEHIND);
        store.awaitFirstInsert();

        List<Boolean> accepted = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            List<Boolean> out = new ArrayList<>();
            IntStream.range(1, 11).forEach(i -> out.add(writer.submit(pending(i), Keeping.FULL_UNLESS_BEHIND)));
            for (int i = 11; i < 51; i += 2) {
                ExecutionRecord failure = record(Ids.newId(), "p1", "w1", "error", T0.plusMillis(i));
                out.add(writer.submit(kept -> failure, Keeping.FULL));
                out.add(writer.submit(pending(i + 1), Keeping.FULL_UNLESS_BEHIND));
            }
            return out;
        });

        assertThat(accepted).hasSize(50).containsOnly(true);
        assertThat(writer.sampledOutCount()).isEqualTo(10);
        assertThat(writer.droppedCount()).isZero();
        store.open();
        assertThat(writer.flush(FLUSH)).isTrue();
        List<ExecutionRecord> all = stores.executions().list("p1", null, null, 10_000);
        assertThat(all).hasSize(51);
        assertThat(all.stream().filter(r -> r.status().equals("error")))
                .hasSize(20)
                .allMatch(ExecutionRecord::full);
        assertThat(all.stream().filter(r -> !r.full()))
                .hasSize(10)
                .allMatch(r -> r.status().equals("ok") && r.trace().isEmpty());
    }

    @Test
    void below_its_high_water_mark_every_success_is_kept_in_full() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        IntStream.range(0, 30)
                .forEach(i -> assertThat(writer.submit(pending(i), Keeping.FULL_UNLESS_BEHIND))
                        .isTrue());

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(writer.sampledOutCount()).isZero();
        assertThat(stores.executions().list("p1", null, null, 100)).hasSize(30).allMatch(ExecutionRecord::full);
    }
}
