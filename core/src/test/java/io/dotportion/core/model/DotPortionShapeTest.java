package io.dotportion.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotPortionShapeTest {
    /** DotPortion names the edges of its condition and loop nodes. */
    private static final java.util.function.Predicate<String> BRANCHING =
            java.util.Set.of("condition", "loop")::contains;

    private static WorkflowDocument example() throws IOException {
        try (InputStream in = DotPortionShapeTest.class.getResourceAsStream("/examples/dotportion-create-todo.json")) {
            DocumentReading reading =
                    WorkflowDocuments.read(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            assertThat(reading.violations()).isEmpty();
            return reading.document();
        }
    }

    @Test
    void the_dotportion_export_gets_a_leading_slash_and_condition_handles() throws IOException {
        WorkflowDocument doc = DotPortionShape.normalize(example(), BRANCHING);

        assertThat(doc.path()).isEqualTo("/create-todo");
        assertThat(doc.edges())
                .extracting(EdgeSpec::id, EdgeSpec::sourceHandle)
                .containsExactly(
                        tuple("e1-param", null),
                        tuple("e-param-cond", null),
                        tuple("e-true", "true"),
                        tuple("e-false", "false"),
                        tuple("e-db-resp", null));
        NodeSpec condition = doc.nodes().get(2);
        assertThat(condition.data())
                .doesNotContainKeys("trueEdgeId", "falseEdgeId")
                .containsEntry("condition", "{{param-1700000000001.result.title}} !== ''");
    }

    @Test
    void normalising_twice_changes_nothing_and_the_export_round_trips() throws IOException {
        WorkflowDocument once = DotPortionShape.normalize(example(), BRANCHING);

        assertThat(DotPortionShape.normalize(once, BRANCHING)).isEqualTo(once);
        assertThat(WorkflowDocuments.read(Json.parse(Json.write(WorkflowDocuments.toValue(once))))
                        .document())
                .isEqualTo(once);
    }

    @Test
    void the_method_is_uppercased_and_the_path_cleaned() {
        WorkflowDocument doc = DotPortionShape.normalize(
                new WorkflowDocument("n", " post ", "users//{id}/", List.of(), List.of()), BRANCHING);

        assertThat(doc.method()).isEqualTo("POST");
        assertThat(doc.path()).isEqualTo("/users/{id}");
    }

    @Test
    void an_explicit_handle_wins_and_edges_of_other_nodes_keep_theirs() {
        WorkflowDocument doc = DotPortionShape.normalize(
                new WorkflowDocument(
                        "n",
                        "GET",
                        "/",
                        List.of(
                                new NodeSpec("loop", "loop", Map.of("trueEdgeId", "body", "falseEdgeId", "done"), null),
                                new NodeSpec("other", "logic", Map.of(), null)),
                        List.of(
                                new EdgeSpec("body", "loop", "x", null),
                                new EdgeSpec("done", "other", "y", null),
                                new EdgeSpec("keep", "loop", "z", "error"))),
                BRANCHING);

        assertThat(doc.edges()).extracting(EdgeSpec::sourceHandle).containsExactly("true", null, "error");
        assertThat(doc.nodes().get(0).data()).isEmpty();
    }
}
