package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MongoWorkflowStoreTest extends EmbeddedStoreTestBase {
    private static final WorkflowDocument HELLO = WorkflowFixtures.simple("hello", "GET", "/hello");

    private WorkflowVersion version(WorkflowRecord workflow, int number, WorkflowDocument document) {
        return new WorkflowVersion(
                workflow.id(), workflow.projectId(), number, document, "user-1", Instant.parse("2025-01-02T00:00:00Z"));
    }

    @Test
    void a_created_workflow_is_found_by_id_and_listed_in_its_project() {
        WorkflowRecord created = stores.workflows().create("p1", HELLO);
        stores.workflows().create("p2", HELLO);

        assertThat(created.deployedVersion()).isNull();
        assertThat(created.latestVersion()).isZero();
        assertThat(stores.workflows().byId(created.id())).contains(created);
        assertThat(stores.workflows().listByProject("p1")).containsExactly(created);
        assertThat(stores.workflows().byId("malformed")).isEmpty();
    }

    @Test
    void update_draft_replaces_only_the_draft() {
        WorkflowRecord created = stores.workflows().create("p1", HELLO);
        clock.advance(Duration.ofSeconds(30));
        WorkflowDocument edited = WorkflowFixtures.simple("hello v2", "POST", "/hello2");

        WorkflowRecord updated =
                stores.workflows().updateDraft(created.id(), edited).orElseThrow();

        assertThat(updated)
                .isEqualTo(new WorkflowRecord(
                        created.id(),
                        "p1",
                        edited,
                        null,
                        0,
                        created.createdAt(),
                        created.createdAt().plusSeconds(30)));
        assertThat(stores.workflows().byId(created.id())).contains(updated);
        assertThat(stores.workflows().updateDraft(Ids.newId(), edited)).isEmpty();
    }

    @Test
    void documents_with_operator_and_dotted_keys_round_trip_as_draft_and_version() {
        WorkflowDocument risky = WorkflowFixtures.withOperatorKeys();
        WorkflowRecord created = stores.workflows().create("p1", risky);
        stores.workflows().saveVersion(version(created, 1, risky));

        assertThat(stores.workflows().byId(created.id()).orElseThrow().draft()).isEqualTo(risky);
        assertThat(stores.workflows().version(created.id(), 1).orElseThrow().document())
                .isEqualTo(risky);
    }

    @Test
    void next_version_counts_up_and_is_remembered_as_latest() {
        WorkflowRecord created = stores.workflows().create("p1", HELLO);

        assertThat(stores.workflows().nextVersion(created.id())).isEqualTo(1);
        assertThat(stores.workflows().nextVersion(created.id())).isEqualTo(2);
        assertThat(stores.workflows().byId(created.id()).orElseThrow().latestVersion())
                .isEqualTo(2);
        assertThatThrownBy(() -> stores.workflows().nextVersion(Ids.newId()))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void next_version_hands_out_each_number_once_under_concurrency() throws Exception {
        WorkflowRecord created = stores.workflows().create("p1", HELLO);
        Callable<List<Integer>> task = () -> IntStream.range(0, 25)
                .mapToObj(i -> stores.workflows().nextVersion(created.id()))
                .toList();
        List<Integer> numbers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<List<Integer>>> futures = pool.invokeAll(java.util.Collections.nCopies(8, task));
            for (Future<List<Integer>> future : futures) {
                numbers.addAll(future.get());
            }
        }

        assertThat(numbers).hasSize(200).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= 200);
    }

    @Test
    void versions_are_listed_newest_first_and_each_number_is_stored_once() {
        WorkflowRecord created = stores.workflows().create("p1", HELLO);
        WorkflowVersion v1 = version(created, 1, HELLO);
        WorkflowVersion v2 = version(created, 2, WorkflowFixtures.simple("hello v2", "GET", "/hello"));
        stores.workflows().saveVersion(v1);
        stores.workflows().saveVersion(v2);

        assertThat(stores.workflows().versions(created.id())).containsExactly(v2, v1);
        assertThat(stores.workflows().version(created.id(), 1)).contains(v1);
        assertThat(stores.workflows().version(created.id(), 3)).isEmpty();
        assertThatThrownBy(() -> stores.workflows().saveVersion(v1))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("version"));
    }

    @Test
    void setting_the_deployed_version_answers_the_workflows_project_and_nothing_for_an_unknown_workflow() {
        WorkflowRecord workflow = stores.workflows().create("p7", HELLO);

        assertThat(stores.workflows().setDeployed(workflow.id(), 2)).contains("p7");
        assertThat(stores.workflows().setDeployed(workflow.id(), null)).contains("p7");
        assertThat(stores.workflows().setDeployed("0123456789abcdef01234567", 1))
                .isEmpty();
        assertThat(stores.workflows().setDeployed("not-an-id", 1)).isEmpty();
        WorkflowRecord stored = stores.workflows().byId(workflow.id()).orElseThrow();
        assertThat(stored.deployedVersion()).isNull();
        assertThat(stored.draft()).isEqualTo(workflow.draft());
    }

    @Test
    void only_workflows_with_a_deployed_version_are_listed_as_deployed() {
        WorkflowRecord deployed = stores.workflows().create("p1", HELLO);
        WorkflowRecord undeployed = stores.workflows().create("p2", HELLO);
        stores.workflows().create("p3", HELLO);
        stores.workflows().setDeployed(deployed.id(), 3);
        stores.workflows().setDeployed(undeployed.id(), 1);
        stores.workflows().setDeployed(undeployed.id(), null);

        assertThat(stores.workflows().listDeployed())
                .extracting(WorkflowRecord::id)
                .containsExactly(deployed.id());
        assertThat(stores.workflows().byId(deployed.id()).orElseThrow().deployedVersion())
                .isEqualTo(3);
        assertThat(stores.workflows().byId(undeployed.id()).orElseThrow().deployedVersion())
                .isNull();
    }

    @Test
    void versions_by_number_reads_exactly_the_named_versions_across_queries() {
        Map<String, Integer> numbers = new HashMap<>();
        List<WorkflowVersion> expected = new ArrayList<>();
        for (int i = 0; i < MongoWorkflowStore.VERSIONS_PER_QUERY + 3; i++) {
            WorkflowRecord workflow = stores.workflows().create("p" + (i % 3), HELLO);
            WorkflowVersion first = version(workflow, 1, HELLO);
            WorkflowVersion second = version(workflow, 2, WorkflowFixtures.simple("v2", "GET", "/v" + i));
            stores.workflows().saveVersion(first);
            stores.workflows().saveVersion(second);
            WorkflowVersion wanted = i % 2 == 0 ? first : second;
            numbers.put(workflow.id(), wanted.version());
            expected.add(wanted);
        }
        WorkflowRecord unversioned = stores.workflows().create("p1", HELLO);
        numbers.put(unversioned.id(), 1);
        numbers.put(expected.getFirst().workflowId() + "0", 1);

        assertThat(stores.workflows().versionsByNumber(numbers)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stores.workflows().versionsByNumber(Map.of())).isEmpty();
    }

    @Test
    void delete_removes_the_workflow_and_its_versions_only() {
        WorkflowRecord doomed = stores.workflows().create("p1", HELLO);
        WorkflowRecord kept = stores.workflows().create("p1", HELLO);
        stores.workflows().saveVersion(version(doomed, 1, HELLO));
        stores.workflows().saveVersion(version(kept, 1, HELLO));

        assertThat(stores.workflows().delete(doomed.id())).isTrue();
        assertThat(stores.workflows().delete(doomed.id())).isFalse();
        assertThat(stores.workflows().byId(doomed.id())).isEmpty();
        assertThat(stores.workflows().versions(doomed.id())).isEmpty();
        assertThat(stores.workflows().versions(kept.id())).hasSize(1);
    }

    @Test
    void delete_by_project_removes_that_projects_workflows_and_versions_only() {
        WorkflowRecord doomed = stores.workflows().create("p1", HELLO);
        WorkflowRecord kept = stores.workflows().create("p2", HELLO);
        stores.workflows().saveVersion(version(doomed, 1, HELLO));
        stores.workflows().saveVersion(version(kept, 1, HELLO));

        stores.workflows().deleteByProject("p1");

        assertThat(stores.workflows().listByProject("p1")).isEmpty();
        assertThat(stores.workflows().versions(doomed.id())).isEmpty();
        assertThat(stores.workflows().listByProject("p2")).containsExactly(kept);
        assertThat(stores.workflows().versions(kept.id())).hasSize(1);
    }
}
