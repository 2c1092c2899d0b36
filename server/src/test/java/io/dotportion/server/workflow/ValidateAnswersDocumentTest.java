package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/projects/{id}/workflows/validate} answers the document as a save would store it, which the
 * editor loads into a draft when it imports a file: DotPortion's shape normalised, secrets filled by type, null
 * when the body is no workflow at all. Nothing is stored.
 */
@PlatformTest
class ValidateAnswersDocumentTest {
    private final SignedUpUser user;
    private final String projectId;

    ValidateAnswersDocumentTest(SignedUpUser user) {
        this.user = user;
        projectId = user.newProject("validate-doc");
    }

    private Map<String, Object> validate(Object body) {
        return user.post("/v1/projects/" + projectId + "/workflows/validate", body)
                .expect(200)
                .map();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_dotportion_export_comes_back_in_our_shape_with_branch_handles_on_its_edges() {
        Map<String, Object> answer = validate(ApiClient.fixture("dotportion-create-todo.json"));

        Map<String, Object> document = (Map<String, Object>) answer.get("document");
        assertThat(document).containsEntry("path", "/create-todo").containsEntry("method", "POST");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) document.get("edges");
        assertThat(edges)
                .filteredOn(e -> e.get("id").equals("e-true"))
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("sourceHandle", "true"));
        assertThat(edges)
                .filteredOn(e -> e.get("id").equals("e-false"))
                .singleElement()
                .satisfies(e -> assertThat(e).containsEntry("sourceHandle", "false"));
        assertThat(document.toString()).doesNotContain("trueEdgeId", "falseEdgeId");
        assertThat(user.get("/v1/projects/" + projectId + "/workflows")
                        .expect(200)
                        .list())
                .isEmpty();
    }

    @Test
    void a_body_that_is_no_workflow_has_a_null_document_and_its_problems() {
        for (Object body : List.of(List.of(1, 2), Map.of("name", "x", "nodes", "none", "edges", List.of()))) {
            Map<String, Object> answer = validate(body);

            assertThat(answer).containsEntry("valid", false).containsEntry("document", null);
            assertThat((List<?>) answer.get("violations")).isNotEmpty();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_readable_document_with_errors_still_comes_back_with_them() {
        Map<String, Object> answer = validate(Map.of(
                "name",
                "Half",
                "method",
                "get",
                "path",
                "half",
                "nodes",
                List.of(Map.of("id", "start", "type", ApiStartNode.ID, "data", Map.of())),
                "edges",
                List.of()));

        assertThat(answer).containsEntry("valid", false);
        Map<String, Object> document = (Map<String, Object>) answer.get("document");
        assertThat(document).containsEntry("path", "/half");
        assertThat((List<?>) document.get("nodes")).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_field_no_node_type_knows_is_reported_and_left_out_of_the_document_never_echoed() {
        String value = "unknown-field-canary-41c7";
        Map<String, Object> answer = validate(Map.of(
                "name",
                "Odd",
                "method",
                "GET",
                "path",
                "/odd",
                "nodes",
                List.of(Map.of("id", "start", "type", ApiStartNode.ID, "data", Map.of("debug", value))),
                "edges",
                List.of()));

        assertThat((List<Map<String, Object>>) answer.get("violations"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("code", "UNKNOWN_FIELD")
                        .containsEntry("path", "nodes[0].data.debug"));
        Map<String, Object> document = (Map<String, Object>) answer.get("document");
        assertThat(document.toString()).doesNotContain("debug", value);
    }
}
