package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Validation over HTTP reports every problem at once with its path: loops without items or a returning body,
 * unknown fields with a did-you-mean, every error of one node; on save, validate and deploy alike.
 */
@PlatformTest
class ValidationReportTest {
    private final ApiClient api;
    private final String token;
    private final String projectId;

    ValidationReportTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("validation");
    }

    private static final String BROKEN = """
            {"name": "Broken", "method": "POST", "path": "/broken", "nodes": [
              {"id": "start", "type": "apiStart", "data": {"label": "Start"}},
              {"id": "noitems", "type": "loop", "data": {"items": "  "}},
              {"id": "work", "type": "logic", "data": {"code": "return input;"}},
              {"id": "leaky", "type": "loop", "data": {"items": "{{request.body.rows}}"}},
              {"id": "early", "type": "response", "data": {"status": 200}},
              {"id": "out", "type": "response", "data": {"stauts": 201, "status": "soon", "headers": ["x"],
                 "body": "{{request.body.}}"}},
              {"id": "params", "type": "parameters", "data": {"sources": [{"from": "body", "parameters":
                 {"name": {"type": "string", "requird": true}}}]}}],
             "edges": [{"id": "e1", "source": "start", "target": "params"},
                       {"id": "e2", "source": "params", "target": "noitems"},
                       {"id": "e3", "source": "noitems", "target": "work", "sourceHandle": "true"},
                       {"id": "e4", "source": "work", "target": "noitems"},
                       {"id": "e5", "source": "noitems", "target": "leaky", "sourceHandle": "false"},
                       {"id": "e6", "source": "leaky", "target": "early", "sourceHandle": "true"},
                       {"id": "e7", "source": "leaky", "target": "out", "sourceHandle": "false"}]}
            """;

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> violations(ApiResponse r) {
        return (List<Map<String, Object>>) r.map().get("violations");
    }

    private static List<String> errors(List<Map<String, Object>> violations) {
        return violations.stream()
                .filter(v -> "error".equals(v.get("severity")))
                .map(v -> v.get("code") + "@" + v.get("path"))
                .toList();
    }

    @Test
    void validating_lists_loops_unknown_fields_and_every_error_of_a_node_together() {
        ApiResponse r = api.post("/v1/projects/" + projectId + "/workflows/validate", BROKEN, token)
                .expect(200);

        assertThat(r.map()).containsEntry("valid", false);
        assertThat(errors(violations(r)))
                .containsExactlyInAnyOrder(
                        "INVALID_CONFIG@nodes[1].data.items",
                        "LOOP_BODY_NOT_RETURNING@nodes[3]",
                        "UNKNOWN_FIELD@nodes[5].data.stauts",
                        "INVALID_CONFIG@nodes[5].data.status",
                        "INVALID_CONFIG@nodes[5].data.headers",
                        "BAD_TEMPLATE@nodes[5].data.body",
                        "UNKNOWN_FIELD@nodes[6].data.sources[0].parameters.name.requird");
        assertThat(violations(r))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("path", "nodes[5].data.stauts")
                        .containsEntry("message", "'stauts' is not a known field; did you mean \"status\"?"))
                .anySatisfy(v -> assertThat(v.get("message").toString()).contains("did you mean \"required\"?"));
    }

    @Test
    void saving_refuses_the_same_problems_with_every_violation() {
        ApiResponse created = api.post("/v1/projects/" + projectId + "/workflows", BROKEN, token);
        ApiResponse imported = api.post("/v1/projects/" + projectId + "/workflows/import", BROKEN, token);

        for (ApiResponse r : List.of(created, imported)) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.map()).containsEntry("error", "INVALID_WORKFLOW");
            assertThat(errors(violations(r)))
                    .hasSize(7)
                    .contains("UNKNOWN_FIELD@nodes[5].data.stauts", "LOOP_BODY_NOT_RETURNING@nodes[3]")
                    .doesNotContain("UNKNOWN_FIELD@nodes[0].data.label");
        }
    }

    @Test
    void a_loop_without_a_body_is_an_error_at_the_loop_and_a_body_returning_on_one_branch_is_fine() {
        String document = """
                {"name": "Loops", "method": "POST", "path": "/loops", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "empty", "type": "loop", "data": {"items": "{{request.body.a}}"}},
                  {"id": "each", "type": "loop", "data": {"items": "{{request.body.b}}"}},
                  {"id": "found", "type": "condition", "data": {"condition": "input === 3"}},
                  {"id": "hit", "type": "response", "data": {"status": 200}},
                  {"id": "out", "type": "response", "data": {"status": 404}}],
                 "edges": [{"id": "e1", "source": "start", "target": "empty"},
                           {"id": "e2", "source": "empty", "target": "each", "sourceHandle": "false"},
                           {"id": "e3", "source": "each", "target": "found", "sourceHandle": "true"},
                           {"id": "e4", "source": "found", "target": "hit", "sourceHandle": "true"},
                           {"id": "e5", "source": "found", "target": "each", "sourceHandle": "false"},
                           {"id": "e6", "source": "each", "target": "out", "sourceHandle": "false"}]}
                """;

        ApiResponse r = api.post("/v1/projects/" + projectId + "/workflows/validate", document, token)
                .expect(200);

        assertThat(errors(violations(r))).containsExactly("EMPTY_LOOP_BODY@nodes[1]");
    }
}
