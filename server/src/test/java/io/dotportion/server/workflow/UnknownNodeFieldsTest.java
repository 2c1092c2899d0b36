package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What no node type knows is an error naming each field (save, import, validate), and never stored or exported.
 */
@PlatformTest
class UnknownNodeFieldsTest {
    private static final String PLAINTEXT = "mongodb://app:plain-pass-7c1e@db.example.com/app";

    private final ApiClient api;
    private final String token;
    private final String projectId;

    UnknownNodeFieldsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("fields");
    }

    private String document(String name) {
        return """
            {"name": "%s", "method": "POST", "path": "/%s", "nodes": [
              {"id": "start", "type": "apiStart", "data": {"label": "Start", "debug": true}},
              {"id": "params", "type": "parameters", "data": {"label": "In", "sources": [
                 {"from": "body", "note": "x", "parameters": {"name": {"required": true, "secretHint": "pw", "type": "string", "enum": ["a", "b"],
                   "default": "a"}}}]}},
              {"id": "find", "type": "mongodb", "data": {"label": "Find", "secret": "db", "collection": "users",
                 "operation": "findOne", "query": {"name": "{{params.result.name}}"},
                 "connectionString": "%s", "options": {"limit": 1, "password": "hunter2-9f"}}},
              {"id": "out", "type": "response", "data": {"status": 200, "body": {"any": {"nested": "kept"}},
                 "headers": {"X-Any": "kept"}, "template": "<b>"}}],
             "edges": [{"id": "e1", "source": "start", "target": "params"},
                       {"id": "e2", "source": "params", "target": "find"},
                       {"id": "e3", "source": "find", "target": "out"}]}
            """.formatted(name, name, PLAINTEXT);
    }

    /** The same document without the fields no node type knows. */
    private String clean(String name) {
        return document(name)
                .replace(", \"debug\": true", "")
                .replace(", \"note\": \"x\"", "")
                .replace("\"secretHint\": \"pw\", ", "")
                .replace("\"connectionString\": \"" + PLAINTEXT + "\", ", "")
                .replace(", \"password\": \"hunter2-9f\"", "")
                .replace(", \"template\": \"<b>\"", "");
    }

    private static final List<String> UNKNOWN = List.of(
            "nodes[0].data.debug",
            "nodes[1].data.sources[0].note",
            "nodes[1].data.sources[0].parameters.name.secretHint",
            "nodes[2].data.connectionString",
            "nodes[2].data.options.password",
            "nodes[3].data.template");

    @SuppressWarnings("unchecked")
    private List<String> paths(ApiResponse r, String field, String code) {
        return ((List<Map<String, Object>>) r.map().get(field))
                .stream()
                        .filter(w -> code.equals(w.get("code")))
                        .map(w -> w.get("path").toString())
                        .toList();
    }

    @Test
    void an_import_or_create_with_unknown_node_fields_is_refused_naming_each_at_every_depth() {
        for (String route : List.of("/workflows/import", "/workflows")) {
            ApiResponse refused = api.post("/v1/projects/" + projectId + route, document("imp"), token);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(paths(refused, "violations", "UNKNOWN_FIELD")).containsExactlyInAnyOrderElementsOf(UNKNOWN);
            assertThat(refused.text()).doesNotContain(PLAINTEXT).doesNotContain("hunter2-9f");
        }
        assertThat(api.get("/v1/projects/" + projectId + "/workflows", token)
                        .expect(200)
                        .text())
                .doesNotContain("\"imp\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_clean_document_round_trips_and_a_draft_with_unknown_fields_shows_them_until_fixed_and_cannot_deploy() {
        ApiResponse created = api.post("/v1/projects/" + projectId + "/workflows", clean("upd"), token)
                .expect(201);
        assertThat(paths(created, "warnings", "UNKNOWN_FIELD")).isEmpty();
        String id = created.map().get("id").toString();
        String exported =
                api.get("/v1/workflows/" + id + "/export", token).expect(200).text();
        Map<String, Object> export = (Map<String, Object>) Json.parse(exported);
        assertThat(node(export, 2))
                .containsEntry("label", "Find")
                .containsEntry("collection", "users")
                .containsEntry("query", Map.of("name", "{{params.result.name}}"))
                .containsEntry("options", Map.of("limit", 1));
        assertThat(exported).contains("\"enum\"").contains("\"default\"");
        assertThat(node(export, 3))
                .containsEntry("body", Map.of("any", Map.of("nested", "kept")))
                .containsEntry("headers", Map.of("X-Any", "kept"));
        ApiResponse again = api.put("/v1/workflows/" + id, exported, token).expect(200);
        assertThat(paths(again, "warnings", "UNKNOWN_FIELD")).isEmpty();

        ApiResponse dirty =
                api.put("/v1/workflows/" + id, document("upd"), token).expect(200);
        assertThat(paths(dirty, "warnings", "UNKNOWN_FIELD")).containsExactlyInAnyOrderElementsOf(UNKNOWN);
        assertThat(paths(api.get("/v1/workflows/" + id, token).expect(200), "warnings", "UNKNOWN_FIELD"))
                .as("the saved draft keeps showing them")
                .containsExactlyInAnyOrderElementsOf(UNKNOWN);
        ApiResponse deploy = api.post("/v1/workflows/" + id + "/deploy", null, token);
        assertThat(deploy.status()).isEqualTo(400);
        assertThat(paths(deploy, "violations", "UNKNOWN_FIELD")).containsExactlyInAnyOrderElementsOf(UNKNOWN);
        assertThat(api.get("/v1/workflows/" + id + "/export", token).expect(200).text())
                .isEqualTo(exported)
                .doesNotContain(PLAINTEXT);

        api.put("/v1/workflows/" + id, exported, token).expect(200);
        assertThat(paths(api.get("/v1/workflows/" + id, token).expect(200), "warnings", "UNKNOWN_FIELD"))
                .as("fixed")
                .isEmpty();
        ApiResponse fixed = api.post("/v1/workflows/" + id + "/deploy", null, token);
        assertThat(paths(fixed, "violations", "UNKNOWN_FIELD")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void validating_a_document_reports_each_unknown_field_as_an_error() {
        ApiResponse r = api.post("/v1/projects/" + projectId + "/workflows/validate", document("val"), token)
                .expect(200);
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) r.map().get("violations");
        assertThat(r.map()).containsEntry("valid", false);
        assertThat(paths(r, "violations", "UNKNOWN_FIELD")).containsExactlyInAnyOrderElementsOf(UNKNOWN);
        assertThat(violations)
                .filteredOn(v -> "UNKNOWN_FIELD".equals(v.get("code")))
                .allSatisfy(v -> assertThat(v).containsEntry("severity", "error"));
        assertThat(r.text()).doesNotContain(PLAINTEXT);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> node(Map<String, Object> export, int index) {
        return (Map<String, Object>)
                ((Map<String, Object>) ((List<Object>) export.get("nodes")).get(index)).get("data");
    }
}
