package io.dotportion.core.engine;

import static io.dotportion.core.engine.WorkflowBuilder.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.ErrorCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionLoopTest {

    private static WorkflowBuilder doubling() {
        return workflow()
                .node("each", "loop", "{'items': '{{request.body.items}}'}")
                .node(
                        "twice",
                        "logic",
                        "{'output': {'item': '{{input}}', 'index': '{{loop.index}}', 'same': '{{loop.item}}'}}")
                .node("out", "response", "{'body': {'all': '{{input}}', 'fromSteps': '{{each.result}}'}}")
                .edge("start", "each")
                .edge("each", "twice", "true")
                .edge("twice", "each")
                .edge("each", "out", "false");
    }

    @Test
    void loop_collects_the_last_output_of_every_iteration() {
        ExecutionResult result = doubling().run(Map.of("items", List.of("a", "b")));

        List<Object> expected =
                List.of(Map.of("item", "a", "index", 0, "same", "a"), Map.of("item", "b", "index", 1, "same", "b"));
        assertThat(result.body()).isEqualTo(Map.of("all", expected, "fromSteps", expected));
    }

    @Test
    void loop_over_no_items_continues_with_an_empty_list() {
        assertThat(doubling().run(Map.of("items", List.of())).body())
                .isEqualTo(Map.of("all", List.of(), "fromSteps", List.of()));
    }

    @Test
    void an_iteration_that_reaches_a_port_without_edge_ends_there() {
        ExecutionResult result = workflow()
                .node("each", "loop", "{'items': '{{request.body.items}}'}")
                .node("keep", "condition", "{'value': '{{input}}'}")
                .node("mark", "logic", "{'output': 'kept {{loop.item}}'}")
                .node("out", "response", "{}")
                .edge("start", "each")
                .edge("each", "keep", "true")
                .edge("keep", "mark", "true")
                .edge("mark", "each")
                .edge("each", "out", "false")
                .run(Map.of("items", List.of(1, 0, 2)));

        assertThat(result.body()).isEqualTo(List.of("kept 1", 0, "kept 2"));
    }

    @Test
    void nested_loops_collect_a_list_per_outer_item() {
        ExecutionResult result = workflow()
                .node("outer", "loop", "{'items': '{{request.body.rows}}'}")
                .node("inner", "loop", "{'items': '{{loop.item}}'}")
                .node("cell", "logic", "{'output': 'v{{loop.item}}@{{loop.index}}'}")
                .node("out", "response", "{}")
                .edge("start", "outer")
                .edge("outer", "inner", "true")
                .edge("inner", "cell", "true")
                .edge("cell", "inner")
                .edge("inner", "outer", "false")
                .edge("outer", "out", "false")
                .run(Map.of("rows", List.of(List.of(1, 2), List.of(3))));

        assertThat(result.body()).isEqualTo(List.of(List.of("v1@0", "v2@1"), List.of("v3@0")));
    }

    @Test
    void a_loop_over_more_items_than_the_limit_fails_before_running_the_body() {
        ExecutionResult result = doubling()
                .compile(Limits.defaults().withLoopMaxIterations(2))
                .execute(WorkflowBuilder.request(Map.of("items", List.of(1, 2, 3))));

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        assertThat(result.error().message()).isEqualTo("loop over 3 items exceeds the limit of 2");
        assertThat(result.failedNodeId()).isEqualTo("each");
        assertThat(result.trace()).extracting(TraceEntry::nodeId).containsExactly("start", "each");
    }

    @Test
    void a_loop_at_the_limit_runs() {
        ExecutionResult result = doubling()
                .compile(Limits.defaults().withLoopMaxIterations(2))
                .execute(WorkflowBuilder.request(Map.of("items", List.of(1, 2))));

        assertThat(result.status()).isEqualTo(200);
    }

    @Test
    void a_response_inside_a_loop_body_ends_the_whole_execution() {
        ExecutionResult result = workflow()
                .node("each", "loop", "{'items': '{{request.body.items}}'}")
                .node("stop", "condition", "{'value': '{{input}}'}")
                .node("found", "response", "{'status': 409, 'body': 'found at {{loop.index}}'}")
                .node("done", "response", "{}")
                .edge("start", "each")
                .edge("each", "stop", "true")
                .edge("stop", "found", "true")
                .edge("stop", "each", "false")
                .edge("each", "done", "false")
                .run(Map.of("items", List.of(false, true, false)));

        assertThat(result.status()).isEqualTo(409);
        assertThat(result.body()).isEqualTo("found at 1");
        assertThat(result.trace())
                .extracting(TraceEntry::nodeId)
                .containsExactly("start", "each", "stop", "stop", "found");
    }
}
