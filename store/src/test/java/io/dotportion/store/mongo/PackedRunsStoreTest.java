package io.dotportion.store.mongo;

import static io.dotportion.store.mongo.ExecutionFixtures.idAt;
import static io.dotportion.store.mongo.ExecutionFixtures.record;
import static io.dotportion.store.mongo.ExecutionFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Runs stored many to a document, in full or as summaries (no trace), over the wire on the embedded store. */
class PackedRunsStoreTest extends EmbeddedStoreTestBase {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private long documents(String collection) {
        return client.getDatabase(settings.databaseName())
                .getCollection(collection)
                .countDocuments();
    }

    @Test
    void summaries_round_trip_marked_as_summaries_without_a_trace() {
        ExecutionRecord run = summary("p1", "w1", T0.plusMillis(250));
        stores.executions().insertAll(List.of(run));

        ExecutionRecord listed = stores.executions().list("p1", null, null, 10).getFirst();
        assertThat(listed).isEqualTo(run);
        assertThat(listed.kept()).isEqualTo(ExecutionRecord.Kept.SUMMARY);
        assertThat(listed.trace()).isEmpty();
    }

    @Test
    void an_aggregate_round_trips_with_its_count_and_is_found_by_id_and_by_the_filters_of_its_runs() {
        ExecutionRecord aggregate = ExecutionRecord.aggregate(
                idAt(T0.plusMillis(20)),
                "p1",
                "w1",
                2,
                "deployed",
                200,
                "POST",
                T0.plusMillis(20),
                new ExecutionRecord.Aggregate(1_234, 617.0, 0.25, 3.5, T0.plusMillis(980)));
        ExecutionRecord failure = record(idAt(T0), "p1", "w1", "error", T0.plusMillis(500));
        stores.executions().insertAll(List.of(aggregate, failure));

        assertThat(stores.executions().list("p1", null, null, 10)).containsExactly(failure, aggregate);
        ExecutionRecord listed = stores.executions().byId("p1", aggregate.id()).orElseThrow();
        assertThat(listed).isEqualTo(aggregate);
        assertThat(listed.kept()).isEqualTo(ExecutionRecord.Kept.AGGREGATE);
        assertThat(listed.runs()).isEqualTo(1_234);
        assertThat(listed.durationMs()).isEqualTo(0.5);
        var query = io.dotportion.core.port.ExecutionQuery.newest(10);
        assertThat(stores.executions().list("p1", query.withStatus("ok").withVersion(2)))
                .containsExactly(aggregate);
        assertThat(stores.executions().list("p1", query.withStatus("error"))).containsExactly(failure);
        assertThat(stores.executions()
                        .list(
                                "p1",
                                query.withHttpStatus(
                                        new io.dotportion.core.port.ExecutionQuery.HttpStatusRange(200, 299))))
                .containsExactly(aggregate);
        assertThat(stores.executions().deleteStartedBefore(T0.plusSeconds(2))).isEqualTo(1_235);
    }

    @Test
    void a_batch_is_one_document_per_project_and_start_second_whatever_is_kept() {
        List<ExecutionRecord> batch = new ArrayList<>();
        IntStream.range(0, 300).forEach(i -> batch.add(summary("p1", "w" + (i % 3), T0.plusMillis(i))));
        IntStream.range(0, 20).forEach(i -> batch.add(record(idAt(T0), "p1", "w1", "error", T0.plusMillis(i))));
        IntStream.range(0, 50).forEach(i -> batch.add(summary("p2", "w9", T0.plusMillis(1000 + i))));
        IntStream.range(0, 50).forEach(i -> batch.add(summary("p1", "w1", T0.plusMillis(1000 + i))));
        stores.executions().insertAll(batch);

        assertThat(documents(PlatformIndexes.EXECUTION_BATCHES)).isEqualTo(3);
        assertThat(documents(PlatformIndexes.EXECUTIONS)).isZero();
        assertThat(stores.executions().list("p1", null, null, 500)).hasSize(370);
        assertThat(stores.executions().list("p1", null, "error", 500))
                .hasSize(20)
                .allSatisfy(r -> assertThat(r.trace()).isEqualTo(ExecutionFixtures.trace()));
        assertThat(stores.executions().list("p2", null, null, 500)).hasSize(50);
    }

    @Test
    void a_group_larger_than_a_document_may_hold_is_split_and_reads_back_whole() {
        var collection = client.getDatabase(settings.databaseName()).getCollection(PlatformIndexes.EXECUTION_BATCHES);
        RunBatches small = new RunBatches(collection, 1_000);
        List<ExecutionRecord> runs = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> runs.add(record(idAt(T0), "p1", "w1", "error", T0.plusMillis(i))));
        small.insert(runs);

        List<String> texts =
                collection.find().map(d -> d.getString(RunBatchDocuments.RUNS)).into(new ArrayList<>());
        assertThat(texts)
                .hasSizeGreaterThan(2)
                .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(1_000));
        assertThat(stores.executions().list("p1", null, null, 50)).containsExactlyInAnyOrderElementsOf(runs);
        assertThat(stores.executions().byId("p1", runs.get(7).id())).contains(runs.get(7));
    }

    @Test
    void runs_logged_one_document_each_before_packing_are_still_listed_found_and_expired() {
        ExecutionRecord older = record(idAt(T0), "p1", "w1", "ok", T0);
        client.getDatabase(settings.databaseName())
                .getCollection(PlatformIndexes.EXECUTIONS)
                .insertOne(ExecutionDocuments.toDocument(older));
        ExecutionRecord newer = summary("p1", "w1", T0.plusSeconds(1));
        stores.executions().insertAll(List.of(newer));

        assertThat(stores.executions().list("p1", null, null, 10)).containsExactly(newer, older);
        assertThat(stores.executions().byId("p1", older.id())).contains(older);
        assertThat(stores.executions().deleteStartedBefore(T0.plusMillis(1))).isEqualTo(1);
        assertThat(stores.executions().list("p1", null, null, 10)).containsExactly(newer);
    }

    @Test
    void full_runs_and_summaries_are_listed_together_newest_first_and_limited() {
        ExecutionRecord fullOld = record(idAt(T0), "p1", "w1", "ok", T0);
        ExecutionRecord summaryMid = summary("p1", "w1", T0.plusMillis(1500));
        ExecutionRecord failure = record(idAt(T0.plusSeconds(2)), "p1", "w1", "error", T0.plusSeconds(2));
        ExecutionRecord summaryNew = summary("p1", "w1", T0.plusMillis(2500));
        ExecutionRecord summaryNewest = summary("p1", "w1", T0.plusSeconds(40));
        stores.executions().insertAll(List.of(fullOld, summaryMid, failure));
        stores.executions().insertAll(List.of(summaryNew, summaryNewest));

        assertThat(stores.executions().list("p1", null, null, 10))
                .containsExactly(summaryNewest, summaryNew, failure, summaryMid, fullOld);
        assertThat(stores.executions().list("p1", null, null, 3)).containsExactly(summaryNewest, summaryNew, failure);
        assertThat(stores.executions().list("p1", null, null, 1)).containsExactly(summaryNewest);
    }

    @Test
    void filters_apply_to_summaries_and_a_project_sees_only_its_own() {
        ExecutionRecord w1 = summary("p1", "w1", T0);
        ExecutionRecord w2 = summary("p1", "w2", T0.plusMillis(10));
        ExecutionRecord otherProject = summary("p2", "w1", T0.plusMillis(20));
        ExecutionRecord failure = record(idAt(T0), "p1", "w1", "error", T0.plusMillis(5));
        stores.executions().insertAll(List.of(w1, w2, otherProject, failure));

        assertThat(stores.executions().list("p1", "w1", null, 10)).containsExactly(failure, w1);
        assertThat(stores.executions().list("p1", null, "ok", 10)).containsExactly(w2, w1);
        assertThat(stores.executions().list("p1", null, "error", 10)).containsExactly(failure);
        assertThat(stores.executions().list("p1", "w2", "error", 10)).isEmpty();
        assertThat(stores.executions().list("p2", null, null, 10)).containsExactly(otherProject);
    }

    @Test
    void a_summary_is_found_by_id_only_within_its_project() {
        ExecutionRecord early = summary("p1", "w1", T0.plusMillis(999));
        ExecutionRecord later = summary("p1", "w1", T0.plusSeconds(5));
        stores.executions().insertAll(List.of(early, later, summary("p1", "w1", T0.plusMillis(998))));

        assertThat(stores.executions().byId("p1", early.id())).contains(early);
        assertThat(stores.executions().byId("p1", later.id())).contains(later);
        assertThat(stores.executions().byId("p2", early.id())).isEmpty();
        assertThat(stores.executions().byId("p1", idAt(T0))).isEmpty();
    }

    @Test
    void retention_deletes_summary_documents_once_every_run_in_them_is_older_and_counts_the_runs() {
        Instant cutoff = T0.plusMillis(600);
        stores.executions()
                .insertAll(List.of(
                        summary("p1", "w1", T0.minusSeconds(10)),
                        summary("p1", "w1", T0.minusSeconds(10).plusMillis(1)),
                        summary("p1", "w1", T0.minusMillis(500)),
                        summary("p1", "w1", T0.plusMillis(500)),
                        summary("p1", "w1", T0.plusSeconds(10)),
                        record(idAt(T0), "p1", "w1", "error", T0.minusSeconds(3))));

        assertThat(stores.executions().deleteStartedBefore(cutoff)).isEqualTo(4);
        // the run at T0 + 500 ms shares its document with runs up to T0 + 1 s: it goes once they all may
        assertThat(stores.executions().list("p1", null, null, 10))
                .extracting(ExecutionRecord::startedAt)
                .containsExactly(T0.plusSeconds(10), T0.plusMillis(500));
        assertThat(stores.executions().deleteStartedBefore(T0.plusSeconds(1))).isEqualTo(1);
    }
}
