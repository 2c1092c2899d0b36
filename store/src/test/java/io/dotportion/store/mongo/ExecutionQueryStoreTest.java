package io.dotportion.store.mongo;

import static io.dotportion.store.mongo.ExecutionFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.ExecutionKey;
import io.dotportion.core.port.ExecutionQuery;
import io.dotportion.core.port.ExecutionQuery.HttpStatusRange;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filtered, keyset-paged listings over runs of both layouts (packed batches and one document per run). */
class ExecutionQueryStoreTest extends EmbeddedStoreTestBase {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");
    private static final String[] KINDS = {"deployed", "deployed", "test"};
    private static final int[] STATUSES = {200, 201, 204, 302, 400, 404, 429, 500, 503};
    private static final Comparator<ExecutionRecord> NEWEST_FIRST = Comparator.comparing(ExecutionRecord::startedAt)
            .thenComparing(ExecutionRecord::id)
            .reversed();

    private final List<ExecutionRecord> all = new ArrayList<>();

    /** 180 runs over 6 seconds, varied on every field; one in three stored one document each, as before packing. */
    @BeforeEach
    void storeRuns() {
        List<ExecutionRecord> packed = new ArrayList<>();
        List<Document> single = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            int http = STATUSES[i % STATUSES.length];
            ExecutionRecord r = run(
                    "p1",
                    "w" + (i % 4),
                    1 + i % 3,
                    KINDS[i % 3],
                    http >= 400 ? "error" : "ok",
                    http,
                    T0.plusMillis(i * 33L));
            all.add(r);
            if (i % 3 == 1) {
                single.add(ExecutionDocuments.toDocument(r));
            } else {
                packed.add(r);
            }
            packed.add(run("p2", "w" + (i % 4), 1, "deployed", "ok", 200, T0.plusMillis(i * 33L + 1)));
        }
        stores.executions().insertAll(packed);
        client.getDatabase(settings.databaseName())
                .getCollection(PlatformIndexes.EXECUTIONS)
                .insertMany(single);
        all.sort(NEWEST_FIRST);
    }

    private List<ExecutionRecord> expected(Predicate<ExecutionRecord> wanted) {
        return all.stream().filter(wanted).toList();
    }

    private List<ExecutionRecord> list(ExecutionQuery query) {
        return stores.executions().list("p1", query);
    }

    @Test
    void each_filter_alone_lists_exactly_the_runs_that_pass_it_newest_first_from_both_layouts() {
        ExecutionQuery any = ExecutionQuery.newest(500);
        assertThat(list(any)).containsExactlyElementsOf(all);
        assertThat(list(any.withWorkflow("w2")))
                .containsExactlyElementsOf(expected(r -> r.workflowId().equals("w2")))
                .isNotEmpty();
        assertThat(list(any.withVersion(2)))
                .containsExactlyElementsOf(expected(r -> r.version() == 2))
                .isNotEmpty();
        assertThat(list(any.withStatus("error")))
                .containsExactlyElementsOf(expected(r -> r.status().equals("error")))
                .isNotEmpty();
        assertThat(list(any.withKind("test")))
                .containsExactlyElementsOf(expected(r -> r.kind().equals("test")))
                .isNotEmpty();
        assertThat(list(any.withHttpStatus(new HttpStatusRange(404, 404))))
                .containsExactlyElementsOf(expected(r -> r.httpStatus() == 404))
                .isNotEmpty();
        assertThat(list(any.withHttpStatus(new HttpStatusRange(400, 499))))
                .containsExactlyElementsOf(expected(r -> r.httpStatus() / 100 == 4))
                .hasSizeGreaterThan(40);
        assertThat(list(any.withWorkflow("w9"))).isEmpty();
    }

    @Test
    void filters_combine_and_a_project_never_sees_another_projects_runs() {
        ExecutionQuery query = ExecutionQuery.newest(500)
                .withWorkflow("w1")
                .withKind("deployed")
                .withStatus("error");
        assertThat(list(query))
                .containsExactlyElementsOf(expected(r -> r.workflowId().equals("w1")
                        && r.kind().equals("deployed")
                        && r.status().equals("error")))
                .isNotEmpty();
        assertThat(stores.executions().list("p2", ExecutionQuery.newest(500)))
                .hasSize(180)
                .allSatisfy(r -> assertThat(r.projectId()).isEqualTo("p2"));
        assertThat(stores.executions().list("p3", ExecutionQuery.newest(500))).isEmpty();
    }

    @Test
    void from_is_inclusive_and_to_exclusive_to_the_millisecond_also_inside_one_second() {
        Instant from = T0.plusMillis(33L * 20);
        Instant to = T0.plusMillis(33L * 50);
        assertThat(list(ExecutionQuery.newest(500).between(from, to)))
                .containsExactlyElementsOf(expected(
                        r -> !r.startedAt().isBefore(from) && r.startedAt().isBefore(to)))
                .hasSize(30);
        assertThat(list(ExecutionQuery.newest(500).between(from, null)))
                .last()
                .extracting(ExecutionRecord::startedAt)
                .isEqualTo(from);
        assertThat(list(ExecutionQuery.newest(500).between(null, to)).getFirst().startedAt())
                .isEqualTo(to.minusMillis(33));
        assertThat(list(ExecutionQuery.newest(500).between(from, from))).isEmpty();
    }

    @Test
    void pages_that_start_after_the_last_key_walk_every_matching_run_once_in_order() {
        ExecutionQuery query = ExecutionQuery.newest(7).withStatus("ok").between(T0.plusMillis(500), T0.plusSeconds(5));
        List<ExecutionRecord> seen = new ArrayList<>();
        List<ExecutionRecord> page = list(query);
        while (!page.isEmpty()) {
            seen.addAll(page);
            page = list(query.after(ExecutionKey.of(page.getLast())));
        }
        assertThat(seen)
                .containsExactlyElementsOf(expected(r -> r.status().equals("ok")
                        && !r.startedAt().isBefore(T0.plusMillis(500))
                        && r.startedAt().isBefore(T0.plusSeconds(5))))
                .hasSizeGreaterThan(40);
    }

    @Test
    void runs_started_at_the_same_millisecond_are_split_across_pages_by_id() {
        Instant same = T0.plusSeconds(30);
        List<ExecutionRecord> ties = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ties.add(run("p1", "w7", 1, "deployed", "ok", 200, same));
        }
        stores.executions().insertAll(ties.subList(0, 3));
        client.getDatabase(settings.databaseName())
                .getCollection(PlatformIndexes.EXECUTIONS)
                .insertMany(ties.subList(3, 5).stream()
                        .map(ExecutionDocuments::toDocument)
                        .toList());
        ExecutionQuery query = ExecutionQuery.newest(2).withWorkflow("w7");

        List<ExecutionRecord> first = list(query);
        List<ExecutionRecord> second = list(query.after(ExecutionKey.of(first.getLast())));
        List<ExecutionRecord> third = list(query.after(ExecutionKey.of(second.getLast())));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2);
        assertThat(third).hasSize(1);
        List<ExecutionRecord> seen = new ArrayList<>(first);
        seen.addAll(second);
        seen.addAll(third);
        assertThat(seen)
                .containsExactlyElementsOf(ties.stream().sorted(NEWEST_FIRST).toList());
    }
}
