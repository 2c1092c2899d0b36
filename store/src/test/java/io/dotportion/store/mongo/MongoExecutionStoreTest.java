package io.dotportion.store.mongo;

import static io.dotportion.store.mongo.ExecutionFixtures.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MongoExecutionStoreTest extends EmbeddedStoreTestBase {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    @Test
    void inserted_executions_are_listed_newest_first() {
        ExecutionRecord first = record(Ids.newId(), "p1", "w1", "ok", T0);
        ExecutionRecord second = record(Ids.newId(), "p1", "w1", "ok", T0.plusSeconds(1));
        ExecutionRecord third = record(Ids.newId(), "p1", "w1", "ok", T0.plusSeconds(2));
        stores.executions().insertAll(List.of(second, third, first));

        assertThat(stores.executions().list("p1", null, null, 10)).containsExactly(third, second, first);
    }

    @Test
    void executions_started_at_the_same_moment_are_ordered_by_id_newest_first() {
        ExecutionRecord older = record(Ids.newId(), "p1", "w1", "ok", T0);
        ExecutionRecord newer = record(Ids.newId(), "p1", "w1", "ok", T0);
        stores.executions().insertAll(List.of(older, newer));

        assertThat(stores.executions().list("p1", null, null, 10)).containsExactly(newer, older);
    }

    @Test
    void list_filters_by_workflow_and_status_stays_in_the_project_and_respects_the_limit() {
        ExecutionRecord okW1 = record(Ids.newId(), "p1", "w1", "ok", T0);
        ExecutionRecord errorW1 = record(Ids.newId(), "p1", "w1", "error", T0.plusSeconds(1));
        ExecutionRecord okW2 = record(Ids.newId(), "p1", "w2", "ok", T0.plusSeconds(2));
        ExecutionRecord otherProject = record(Ids.newId(), "p2", "w1", "ok", T0.plusSeconds(3));
        stores.executions().insertAll(List.of(okW1, errorW1, okW2, otherProject));

        assertThat(stores.executions().list("p1", "w1", null, 10)).containsExactly(errorW1, okW1);
        assertThat(stores.executions().list("p1", null, "ok", 10)).containsExactly(okW2, okW1);
        assertThat(stores.executions().list("p1", "w1", "ok", 10)).containsExactly(okW1);
        assertThat(stores.executions().list("p1", null, null, 2)).containsExactly(okW2, errorW1);
        assertThatThrownBy(() -> stores.executions().list("p1", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void by_id_finds_an_execution_only_within_its_project() {
        ExecutionRecord stored = record(ExecutionFixtures.idAt(T0), "p1", "w1", "ok", T0);
        stores.executions().insertAll(List.of(stored));

        assertThat(stores.executions().byId("p1", stored.id())).contains(stored);
        assertThat(stores.executions().byId("p2", stored.id())).isEmpty();
        assertThat(stores.executions().byId("p1", "malformed")).isEmpty();
    }

    @Test
    void a_record_without_id_gets_one_and_a_trace_with_operator_and_dotted_keys_round_trips() {
        stores.executions().insertAll(List.of(record(null, "p1", "w1", "ok", T0)));

        ExecutionRecord listed = stores.executions().list("p1", null, null, 1).getFirst();
        assertThat(listed.id()).matches("[0-9a-f]{24}");
        assertThat(listed.trace()).isEqualTo(ExecutionFixtures.trace());
        assertThat(listed.startedAt()).isEqualTo(T0);
    }

    @Test
    void inserting_the_same_batch_twice_stores_each_execution_once() {
        List<ExecutionRecord> batch =
                List.of(record(Ids.newId(), "p1", "w1", "ok", T0), record(Ids.newId(), "p1", "w1", "ok", T0));
        stores.executions().insertAll(batch);
        stores.executions().insertAll(batch);

        assertThat(stores.executions().list("p1", null, null, 10)).hasSize(2);
    }

    @Test
    void an_id_that_is_not_an_object_id_is_refused() {
        assertThatThrownBy(() -> stores.executions().insertAll(List.of(record("exec-1", "p1", "w1", "ok", T0))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void delete_started_before_removes_only_older_executions() {
        ExecutionRecord old = record(Ids.newId(), "p1", "w1", "ok", T0.minusSeconds(10));
        ExecutionRecord atCutoff = record(Ids.newId(), "p1", "w1", "ok", T0);
        ExecutionRecord recent = record(Ids.newId(), "p2", "w1", "ok", T0.plusSeconds(10));
        stores.executions().insertAll(List.of(old, atCutoff, recent));

        assertThat(stores.executions().deleteStartedBefore(T0)).isEqualTo(1);
        assertThat(stores.executions().list("p1", null, null, 10)).containsExactly(atCutoff);
        assertThat(stores.executions().list("p2", null, null, 10)).containsExactly(recent);
    }
}
