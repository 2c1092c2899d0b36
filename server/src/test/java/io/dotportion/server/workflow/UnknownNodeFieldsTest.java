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

/** What no node type knows is removed before a document is stored, with a warning naming each field. */
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

    @SuppressWarnings("unchecked")
    private List<String> warningPaths(ApiResponse r, String code) {
        return ((List<Map<String, Object>>) r.map().get("warnings"))
                .stream()
                        .filter(w -> code.equals(w.get("code")))
                        .map(w -> w.get("path").toString())
                        .toList();
    }

    @Test
    void an_import_strips_unknown_node_fields_at_every_depth_and_names_each_in_a_warning() {
        ApiResponse created = api.post("/v1/projects/" + projectId + "/workflows/import", document("imp"), token)
                .expect(201);
        assertThat(warningPaths(created, "UNKNOWN_FIELD"))
                .containsExactlyInAnyOrder(
                        "nodes[0].data.debug", "nodes[1].data.sources[0].note",
                        "nodes[1].data.sources[0].parameters.name.secretHint", "nodes[2].data.connectionString",
                        "nodes[2].data.options.password", "nodes[3].data.template");
        assertThat(created.text()).doesNotContain(PLAINTEXT).doesNotContain("hunter2-9f");
        String id = created.map().get("id").toString();

        String exported =
                api.get("/v1/workflows/" + id + "/export", token).expect(200).text();
        assertThat(exported)
                .doesNotContain("connectionString")
                .doesNotContain("plain-pass-7c1e")
                .doesNotContain("hunter2-9f")
                .doesNotContain("secretHint");
        Map<String, Object> export = (Map<String, Object>) Json.parse(exported);
        Map<String, Object> find = node(export, 2);
        assertThat(find)
                .containsEntry("label", "Find")
                .containsEntry("collection", "users")
                .containsEntry("query", Map.of("name", "{{params.result.name}}"))
                .containsEntry("options", Map.of("limit", 1));
        assertThat(exported).contains("\"enum\"").contains("\"default\"");
        assertThat(node(export, 3))
                .containsEntry("body", Map.of("any", Map.of("nested", "kept")))
                .containsEntry("headers", Map.of("X-Any", "kept"));
        assertThat(api.get("/v1/workflows/" + id, token).expect(200).text()).doesNotContain(PLAINTEXT);
    }

    @Test
    void an_update_strips_them_too_and_a_clean_document_has_no_such_warning() {
        ApiResponse created = api.post("/v1/projects/" + projectId + "/workflows", document("upd"), token)
                .expect(201);
        String id = created.map().get("id").toString();
        String exported =
                api.get("/v1/workflows/" + id + "/export", token).expect(200).text();
        ApiResponse again = api.put("/v1/workflows/" + id, exported, token).expect(200);
        assertThat(warningPaths(again, "UNKNOWN_FIELD")).isEmpty();

        ApiResponse dirty =
                api.put("/v1/workflows/" + id, document("upd"), token).expect(200);
        assertThat(warningPaths(dirty, "UNKNOWN_FIELD")).contains("nodes[2].data.connectionString");
        assertThat(api.get("/v1/workflows/" + id + "/export", token).expect(200).text())
                .doesNotContain(PLAINTEXT);
    }

    @Test
    @SuppressWarnings("unchecked")
    void validating_a_document_reports_the_fields_that_would_be_removed() {
        ApiResponse r = api.post("/v1/projects/" + projectId + "/workflows/validate", document("val"), token)
                .expect(200);
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) r.map().get("violations");
        assertThat(violations)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("code", "UNKNOWN_FIELD")
                        .containsEntry("path", "nodes[2].data.connectionString"));
        assertThat(r.text()).doesNotContain(PLAINTEXT);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> node(Map<String, Object> export, int index) {
        return (Map<String, Object>)
                ((Map<String, Object>) ((List<Object>) export.get("nodes")).get(index)).get("data");
    }
}
