package io.dotportion.core.engine;

import static io.dotportion.core.engine.WorkflowBuilder.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.value.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExecutionFailureTest {

    @Test
    void a_failure_follows_the_error_edge_with_code_and_message_as_input() {
        ExecutionResult result = workflow()
                .node("verify", "logic", "{'fail': {'code': 'UNAUTHORIZED', 'message': 'token expired'}}")
                .node("ok", "response", "{}")
                .node("deny", "response", "{'status': 401, 'body': {'why': '{{input.message}}', 'input': '{{input}}'}}")
                .edge("start", "verify")
                .edge("verify", "ok")
                .edge("verify", "deny", "error")
                .run(null);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body())
                .isEqualTo(Map.of(
                        "why", "token expired", "input", Map.of("code", "UNAUTHORIZED", "message", "token expired")));
        assertThat(result.failed()).isFalse();
        assertThat(result.trace().get(1).port()).isEqualTo("error");
        assertThat(result.trace().get(1).error().code()).isEqualTo(ErrorCode.UNAUTHORIZED);
    }

    @Test
    void a_failure_without_error_edge_ends_with_its_status_and_error_body() {
        ExecutionResult result = workflow()
                .node(
                        "verify",
                        "logic",
                        "{'fail': {'code': 'UNAUTHORIZED', 'message': 'token expired'}, 'throwFailure': true}")
                .node("ok", "response", "{}")
                .edge("start", "verify")
                .edge("verify", "ok")
                .run(null);

        assertThat(result.status()).isEqualTo(401);
        assertThat(result.body())
                .isEqualTo(Map.of("error", "UNAUTHORIZED", "message", "token expired", "nodeId", "verify"));
        assertThat(result.failedNodeId()).isEqualTo("verify");
        assertThat(result.error().code()).isEqualTo(ErrorCode.UNAUTHORIZED);
    }

    @Test
    void an_invalid_request_lists_every_failing_field_in_details() {
        ExecutionResult result = workflow()
                .node(
                        "params",
                        "parameters",
                        "{'sources': [{'from': 'body', 'parameters': {'a': {'required': true},"
                                + " 'b': {'required': true}}}]}")
                .node("ok", "response", "{}")
                .edge("start", "params")
                .edge("params", "ok")
                .run(Map.of());

        assertThat(result.status()).isEqualTo(400);
        assertThat(Json.write(result.body()))
                .isEqualTo("{\"error\":\"INVALID_REQUEST\",\"message\":\"request validation failed\","
                        + "\"nodeId\":\"params\",\"details\":[{\"field\":\"body.a\",\"reason\":\"is required\"},"
                        + "{\"field\":\"body.b\",\"reason\":\"is required\"}]}");
    }

    @Test
    void an_unexpected_exception_answers_a_generic_message_without_the_exception_text() {
        ExecutionResult result = workflow()
                .node("boom", "logic", "{'crash': 'password=hunter2-canary'}")
                .node("ok", "response", "{}")
                .edge("start", "boom")
                .edge("boom", "ok")
                .run(null);

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.body())
                .isEqualTo(Map.of("error", "EXECUTION_FAILED", "message", "node 'boom' failed", "nodeId", "boom"));
        assertThat(result.toString()).doesNotContain("hunter2-canary");
        assertThat(result.trace().toString()).doesNotContain("hunter2-canary");
    }

    @Test
    void an_unexpected_exception_can_be_routed_by_the_error_edge_too() {
        ExecutionResult result = workflow()
                .node("boom", "logic", "{'crash': 'secret detail'}")
                .node("ok", "response", "{}")
                .node("sorry", "response", "{'status': 503}")
                .edge("start", "boom")
                .edge("boom", "ok")
                .edge("boom", "sorry", "error")
                .run(null);

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.body()).isEqualTo(Map.of("code", "EXECUTION_FAILED", "message", "node 'boom' failed"));
    }

    @Test
    void execution_past_its_time_limit_answers_504_before_the_next_node() {
        ExecutionResult result = workflow()
                .node("slow", "logic", "{'waitForDeadline': true}")
                .node("ok", "response", "{}")
                .edge("start", "slow")
                .edge("slow", "ok")
                .compile(Limits.defaults().withExecutionTimeout(Duration.ofMillis(50)))
                .execute(WorkflowBuilder.request(null));

        assertThat(result.status()).isEqualTo(504);
        assertThat(result.body())
                .isEqualTo(
                        Map.of("error", "TIMEOUT", "message", "execution time limit of 0.05s passed", "nodeId", "ok"));
        assertThat(result.trace()).extracting(TraceEntry::nodeId).containsExactly("start", "slow");
        assertThat(result.durationNanos()).isLessThan(Duration.ofSeconds(5).toNanos());
    }

    @Test
    void a_node_reads_a_project_secret_by_name() {
        Secret jwt = new Secret("jwt", 1, "0123456789".toCharArray());
        SecretResolver secrets = new SecretResolver() {
            @Override
            public Optional<Secret> resolve(String name, String type) {
                return name.equals("jwt") && type.equals("jwt") ? Optional.of(jwt) : Optional.empty();
            }

            @Override
            public Optional<Secret> resolveVersion(String name, String type, int version) {
                return resolve(name, type).filter(s -> s.version() == version);
            }
        };
        ExecutionResult result = signing("jwt")
                .compile(Limits.defaults(), type -> Set.of("jwt"))
                .execute(WorkflowBuilder.request(null, secrets));

        assertThat(result.body()).isEqualTo(Map.of("length", 10));
    }

    @Test
    void a_missing_secret_fails_with_execution_failed() {
        ExecutionResult result = signing("absent")
                .compile(Limits.defaults(), type -> Set.of("absent"))
                .execute(WorkflowBuilder.request(null));

        assertThat(result.status()).isEqualTo(500);
        assertThat(result.body())
                .isEqualTo(Map.of(
                        "error", "EXECUTION_FAILED", "message", "secret 'absent' is not defined", "nodeId", "sign"));
    }

    private static WorkflowBuilder signing(String secret) {
        return workflow()
                .node("sign", "jwtGenerate", "{'secret': '" + secret + "'}")
                .node("ok", "response", "{}")
                .edge("start", "sign")
                .edge("sign", "ok");
    }

    @Test
    void the_error_body_of_an_invalid_request_has_details_even_through_an_error_edge() {
        ExecutionResult result = workflow()
                .node(
                        "params",
                        "parameters",
                        "{'sources': [{'from': 'body', 'parameters': {'a': {'required': true}}}]}")
                .node("ok", "response", "{}")
                .node("bad", "response", "{'status': 422}")
                .edge("start", "params")
                .edge("params", "ok")
                .edge("params", "bad", "error")
                .run(Map.of());

        assertThat(result.status()).isEqualTo(422);
        assertThat(result.body())
                .isEqualTo(Map.of(
                        "code",
                        "INVALID_REQUEST",
                        "message",
                        "request validation failed",
                        "details",
                        List.of(Map.of("field", "body.a", "reason", "is required"))));
    }
}
