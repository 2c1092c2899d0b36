package io.dotportion.core.engine;

import static io.dotportion.core.engine.WorkflowBuilder.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ExecutionFlowTest {

    @Test
    void linear_workflow_answers_with_the_response_nodes_status_and_body() {
        ExecutionResult result = workflow()
                .node("calc", "logic", "{'output': {'name': '{{request.body.name}}'}}")
                .node(
                        "out",
                        "response",
                        "{'status': 201, 'body': {'hello': '{{input.name}}'}, 'headers': {'x-a': 'b'}}")
                .edge("start", "calc")
                .edge("calc", "out")
                .run(Map.of("name", "Ada"));

        assertThat(result.status()).isEqualTo(201);
        assertThat(result.body()).isEqualTo(Map.of("hello", "Ada"));
        assertThat(result.headers()).containsEntry("x-a", "b");
        assertThat(result.failed()).isFalse();
    }

    @Test
    void condition_follows_true_and_false_handles() {
        WorkflowBuilder wf = workflow()
                .node("check", "condition", "{'value': '{{request.body.adult}}'}")
                .node("yes", "response", "{'status': 200, 'body': 'welcome'}")
                .node("no", "response", "{'status': 403, 'body': 'too young'}")
                .edge("start", "check")
                .edge("check", "yes", "true")
                .edge("check", "no", "false");
        CompiledWorkflow plan = wf.compile();

        assertThat(plan.execute(WorkflowBuilder.request(Map.of("adult", true))).body())
                .isEqualTo("welcome");
        ExecutionResult refused = plan.execute(WorkflowBuilder.request(Map.of("adult", false)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("too young");
    }

    @Test
    void a_port_without_an_edge_ends_with_200_and_the_last_output() {
        ExecutionResult result = workflow()
                .node("check", "condition", "{'value': '{{request.body.go}}'}")
                .node("calc", "logic", "{'output': 'computed'}")
                .node("out", "response", "{'status': 201}")
                .edge("start", "check")
                .edge("check", "out", "true")
                .edge("check", "calc", "false")
                .run(Map.of("go", false));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).isEqualTo("computed");
    }

    @Test
    void a_whole_template_keeps_the_value_type_and_an_embedded_one_becomes_text() {
        ExecutionResult result = workflow()
                .node(
                        "out",
                        "response",
                        "{'body': {'typed': '{{request.body.x}}', 'text': 'x={{request.body.x}}',"
                                + " 'object': '{{request.body}}', 'missing': '{{request.body.nope}}'}}")
                .edge("start", "out")
                .run(Map.of("x", 5));

        Map<?, ?> body = (Map<?, ?>) result.body();
        assertThat(body.get("typed")).isEqualTo(5);
        assertThat(body.get("text")).isEqualTo("x=5");
        assertThat(body.get("object")).isEqualTo(Map.of("x", 5));
        assertThat(body.containsKey("missing")).isTrue();
        assertThat(body.get("missing")).isNull();
    }

    @Test
    void a_step_template_reads_an_earlier_nodes_output_with_array_indexes() {
        ExecutionResult result = workflow()
                .node("node", "logic", "{'output': {'a': ['first', 'second']}}")
                .node("other", "logic", "{'output': 'unrelated'}")
                .node("out", "response", "{'body': ['{{node.result.a.0}}', '{{node.result.a[1]}}', '{{input}}']}")
                .edge("start", "node")
                .edge("node", "other")
                .edge("other", "out")
                .run(null);

        assertThat(result.body()).isEqualTo(List.of("first", "second", "unrelated"));
    }

    @Test
    void the_start_node_receives_the_request_value() {
        ExecutionResult result = workflow()
                .node("out", "response", "{'body': ['{{input.method}}', '{{input.body.k}}', '{{start.result.path}}']}")
                .edge("start", "out")
                .run(Map.of("k", "v"));

        assertThat(result.body()).isEqualTo(List.of("POST", "v", "/test"));
    }

    @Test
    void a_plan_runs_many_requests_independently() {
        CompiledWorkflow plan = workflow()
                .node("calc", "logic", "{'output': '{{request.body.n}}'}")
                .node("out", "response", "{'body': '{{calc.result}}'}")
                .edge("start", "calc")
                .edge("calc", "out")
                .compile();

        assertThat(plan.execute(WorkflowBuilder.request(Map.of("n", 1))).body()).isEqualTo(1);
        assertThat(plan.execute(WorkflowBuilder.request(Map.of("n", 2))).body()).isEqualTo(2);
        assertThat(plan.method()).isEqualTo("POST");
        assertThat(plan.path().text()).isEqualTo("/test");
    }

    @Test
    void one_plan_serves_concurrent_requests_without_mixing_them() throws Exception {
        CompiledWorkflow plan = workflow()
                .node("each", "loop", "{'items': '{{request.body.items}}'}")
                .node("tag", "logic", "{'output': '{{request.body.id}}-{{loop.item}}'}")
                .node("out", "response", "{'body': {'id': '{{request.body.id}}', 'tags': '{{each.result}}'}}")
                .edge("start", "each")
                .edge("each", "tag", "true")
                .edge("tag", "each")
                .edge("each", "out", "false")
                .compile();

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int id = i;
                checks.add(pool.submit(() -> plan.execute(
                                WorkflowBuilder.request(Map.of("id", id, "items", List.of(1, 2))))
                        .body()
                        .equals(Map.of("id", id, "tags", List.of(id + "-1", id + "-2")))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        }
    }
}
