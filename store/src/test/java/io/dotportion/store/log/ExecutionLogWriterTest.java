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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        return Pending.of(next(i));
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
        ExecutionRecord run = next(0);
        writer.submit(new Pending(run, () -> {
            builtOn.set(Thread.currentThread().getName());
            return run;
        }));

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
        writer.submit(new Pending(next(1), () -> {
            throw new IllegalStateException("broken");
        }));
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
                out.add(writer.submit(Pending.of(failure), Keeping.FULL));
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
        assertThat(all.stream().filter(r -> r.status().equals("error")))
                .hasSize(20)
                .allMatch(ExecutionRecord::full);
        assertThat(all.stream().filter(r -> r.status().equals("ok") && r.full()))
                .hasSize(21);
        assertThat(all.stream().filter(r -> r.kept() == ExecutionRecord.Kept.AGGREGATE))
                .singleElement()
                .satisfies(r -> assertThat(r.runs()).isEqualTo(10));
        assertThat(writer.aggregatedCount()).isEqualTo(10);
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

    private static RunKey key(String workflowId, int httpStatus, Instant startedAt) {
        return RunKey.of("p1", workflowId, 1, "deployed", httpStatus, "GET", startedAt.toEpochMilli());
    }

    private List<ExecutionRecord> aggregates() {
        return stores.executions().list("p1", null, null, 10_000).stream()
                .filter(r -> r.kept() == ExecutionRecord.Kept.AGGREGATE)
                .toList();
    }

    @Test
    void runs_only_counted_are_written_as_one_aggregate_per_workflow_status_and_start_second() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        for (int i = 0; i < 30; i++) {
            assertThat(writer.count(
                            key("w1", 200, T0.plusMillis(i * 10)),
                            i + 1,
                            T0.plusMillis(i * 10).toEpochMilli()))
                    .isTrue();
        }
        IntStream.range(0, 5).forEach(i -> writer.count(key("w1", 201, T0), 2.0, T0.toEpochMilli()));
        IntStream.range(0, 4).forEach(i -> writer.count(key("w2", 200, T0), 1.0, T0.toEpochMilli()));
        Instant later = T0.plusMillis(1_500);
        IntStream.range(0, 3).forEach(i -> writer.count(key("w1", 200, later), 4.0, later.toEpochMilli()));

        assertThat(writer.flush(FLUSH)).isTrue();
        List<ExecutionRecord> aggregates = aggregates();
        assertThat(aggregates).hasSize(4);
        assertThat(aggregates)
                .allSatisfy(r -> assertThat(r)
                        .returns("ok", ExecutionRecord::status)
                        .returns(List.of(), ExecutionRecord::trace)
                        .returns(null, ExecutionRecord::path));
        ExecutionRecord first = aggregates.stream()
                .filter(r -> r.workflowId().equals("w1")
                        && r.httpStatus() == 200
                        && r.startedAt().equals(T0))
                .findFirst()
                .orElseThrow();
        assertThat(first.aggregate())
                .isEqualTo(new ExecutionRecord.Aggregate(30, 465.0, 1.0, 30.0, T0.plusMillis(290)));
        assertThat(first.durationMs()).isEqualTo(15.5);
        assertThat(stores.executions().byId("p1", first.id())).contains(first);
        Map<String, Long> runs = new java.util.TreeMap<>();
        aggregates.forEach(r -> runs.merge(r.workflowId() + "/" + r.httpStatus(), r.runs(), Long::sum));
        assertThat(runs).containsExactly(Map.entry("w1/200", 33L), Map.entry("w1/201", 5L), Map.entry("w2/200", 4L));
        assertThat(writer.aggregatedCount()).isEqualTo(42);
        assertThat(stored()).isEqualTo(4);
    }

    @Test
    void aggregates_are_written_every_window_without_a_flush() {
        ExecutionLogWriter writer =
                writer(gated(false, 0), ExecutionLogSettings.defaults().withAggregateWindow(Duration.ofMillis(20)));
        IntStream.range(0, 7).forEach(i -> writer.count(key("w1", 200, T0), 1.0, T0.toEpochMilli()));

        List<ExecutionRecord> written = io.dotportion.core.testing.Poll.until(
                FLUSH, this::aggregates, l -> !l.isEmpty(), "the aggregate to be written");
        assertThat(written).singleElement().satisfies(r -> assertThat(r.runs()).isEqualTo(7));
    }

    @Test
    void runs_counted_from_many_threads_while_the_writer_drains_are_each_counted_once() throws Exception {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        int threads = 4;
        int each = 5_000;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        Instant at = T0.plusMillis(i % 3_000);
                        writer.count(key("w" + (i % 2), 200, at), 1.0, at.toEpochMilli());
                    }
                    return null;
                }));
            }
            start.countDown();
            while (!done.stream().allMatch(Future::isDone)) {
                assertThat(writer.flush(FLUSH)).isTrue(); // drains the tallies while they are being counted into
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(writer.flush(FLUSH)).isTrue();
        assertThat(aggregates().stream().mapToLong(ExecutionRecord::runs).sum()).isEqualTo((long) threads * each);
        assertThat(writer.aggregatedCount()).isEqualTo((long) threads * each);
    }

    @Test
    void close_writes_the_open_aggregates_and_refuses_later_counts() {
        ExecutionLogWriter writer = writer(gated(false, 0), ExecutionLogSettings.defaults());
        IntStream.range(0, 12).forEach(i -> writer.count(key("w1", 200, T0), 1.0, T0.toEpochMilli()));
        writer.submit(next(0));

        writer.close();

        assertThat(aggregates())
                .singleElement()
                .satisfies(r -> assertThat(r.runs()).isEqualTo(12));
        assertThat(stored()).isEqualTo(2);
        assertThat(writer.count(key("w1", 200, T0), 1.0, T0.toEpochMilli())).isFalse();
        assertThat(writer.droppedCount()).isEqualTo(1);
    }
}
