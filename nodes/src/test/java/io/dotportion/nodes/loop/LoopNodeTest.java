package io.dotportion.nodes.loop;

import static io.dotportion.nodes.fixtures.NodeFixtures.compile;
import static io.dotportion.nodes.fixtures.NodeFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.FakeValidationContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoopNodeTest {
    private final LoopNode node = new LoopNode();

    private static void assertFails(NodeOutcome outcome, String message) {
        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message()).isEqualTo(message);
        });
    }

    @Test
    void loop_branches_on_true_and_false() {
        assertThat(node.id()).isEqualTo("loop");
        assertThat(node.ports()).isEqualTo(Ports.BRANCH);
    }

    @Test
    void loop_iterates_over_the_array_its_template_resolves_to() {
        var context = FakeNodeContext.create().withBody(Map.of("items", List.of(1, Map.of("a", 2), "three")));

        NodeOutcome outcome =
                compile(node, "{\"items\": \"{{request.body.items}}\"}").execute(context);

        assertThat(outcome).isEqualTo(new NodeOutcome.Iterate(List.of(1, Map.of("a", 2), "three")));
    }

    @Test
    void loop_iterates_over_an_empty_array() {
        NodeOutcome outcome = compile(node, "{\"items\": \"{{input}}\"}")
                .execute(FakeNodeContext.create().withInput(List.of()));

        assertThat(outcome).isEqualTo(new NodeOutcome.Iterate(List.of()));
    }

    @Test
    void loop_iterates_over_a_constant_array() {
        NodeOutcome outcome = compile(node, "{\"items\": [\"a\", \"b\"]}").execute(FakeNodeContext.create());

        assertThat(outcome).isEqualTo(new NodeOutcome.Iterate(List.of("a", "b")));
    }

    @Test
    void a_version_deployed_without_items_iterates_its_input() {
        NodeOutcome outcome =
                new LoopHandler(null, null).execute(FakeNodeContext.create().withInput(List.of(1, 2)));

        assertThat(outcome).isEqualTo(new NodeOutcome.Iterate(List.of(1, 2)));
    }

    @Test
    void loop_fails_when_items_resolve_to_something_other_than_an_array() {
        var handler = compile(node, "{\"items\": \"{{request.body.items}}\"}");

        assertFails(
                handler.execute(FakeNodeContext.create().withBody(Map.of("items", Map.of("a", 1)))),
                "loop items must be an array, got object");
        assertFails(
                handler.execute(FakeNodeContext.create().withBody(Map.of("items", "abc"))),
                "loop items must be an array, got string");
        assertFails(
                handler.execute(FakeNodeContext.create().withBody(Map.of())), "loop items must be an array, got null");
    }

    @Test
    void a_version_deployed_without_items_fails_when_its_input_is_not_an_array() {
        assertFails(
                new LoopHandler(null, null).execute(FakeNodeContext.create().withInput(5)),
                "loop input (no items configured) must be an array, got number");
    }

    @Test
    void loop_refuses_more_items_than_the_platform_limit() {
        var context = FakeNodeContext.create()
                .withInput(Collections.nCopies(4, 1))
                .withLimits(Limits.defaults().withLoopMaxIterations(3));

        assertFails(
                compile(node, "{\"items\": \"{{input}}\"}").execute(context),
                "loop has 4 items, more than the limit of 3 iterations (the platform's loop limit)");
        assertThat(compile(node, "{\"items\": \"{{input}}\"}").execute(context.withInput(List.of(1, 2, 3))))
                .isInstanceOf(NodeOutcome.Iterate.class);
    }

    @Test
    void loop_max_iterations_lowers_the_cap_for_one_node() {
        var handler = compile(node, "{\"items\": \"{{input}}\", \"maxIterations\": 2}");

        assertFails(
                handler.execute(FakeNodeContext.create().withInput(List.of(1, 2, 3))),
                "loop has 3 items, more than the limit of 2 iterations (this node's maxIterations)");
        assertThat(handler.execute(FakeNodeContext.create().withInput(List.of(1, 2))))
                .isInstanceOf(NodeOutcome.Iterate.class);
    }

    @Test
    void loop_validation_reports_bad_templates_and_unknown_nodes_at_items() {
        assertThat(validate(node, "{\"items\": \"{{request.body.\"}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("items", ViolationCode.BAD_TEMPLATE));
        assertThat(validate(node, "{\"items\": \"{{ghost.result.list}}\"}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("items", ViolationCode.UNKNOWN_REFERENCE));
    }

    @Test
    void loop_validation_refuses_constant_items_that_are_not_an_array() {
        assertThat(validate(node, "{\"items\": \"not a template\"}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("items", ViolationCode.INVALID_CONFIG));
        assertThat(validate(node, "{\"items\": {\"a\": 1}}"))
                .extracting(Violation::path)
                .containsExactly("items");
    }

    @Test
    void loop_validation_keeps_max_iterations_between_one_and_the_platform_limit() {
        var small = new LoopNode(Limits.defaults().withLoopMaxIterations(50));
        var context = FakeValidationContext.withNodes();

        assertThat(small.validate(
                        NodeFixtures.bind(small, "{\"items\": \"{{input}}\", \"maxIterations\": 51}"), context))
                .extracting(Violation::path, Violation::message)
                .containsExactly(
                        tuple("maxIterations", "maxIterations must be at most 50 (the platform's loop limit)"));
        assertThat(small.validate(
                        NodeFixtures.bind(small, "{\"items\": \"{{input}}\", \"maxIterations\": 0}"), context))
                .extracting(Violation::path)
                .containsExactly("maxIterations");
        assertThat(small.validate(
                        NodeFixtures.bind(small, "{\"items\": \"{{input}}\", \"maxIterations\": 50}"), context))
                .isEmpty();
    }

    @Test
    void loop_validation_requires_items_missing_null_or_blank() {
        for (String data : List.of(
                "{}", "{\"label\": \"Each\"}", "{\"items\": null}", "{\"items\": \"\"}", "{\"items\": \"  \"}")) {
            assertThat(validate(node, data))
                    .as(data)
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("items", ViolationCode.INVALID_CONFIG));
        }
        assertThat(validate(node, "{\"items\": \"{{input}}\"}")).isEmpty();
        assertThat(validate(node, "{\"items\": []}")).isEmpty();
    }

    @Test
    void loop_validation_accepts_dotportion_data() {
        assertThat(validate(node, """
                {"label": "Each item", "items": "{{params.result.items}}", "trueEdgeId": "e1", "falseEdgeId": "e2"}""")).isEmpty();
    }
}
