package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class WorkflowApiTest {
    private final ApiClient api;
    private final String token;
    private final String owner;

    WorkflowApiTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        owner = api.username(token);
    }

    @Test
    void a_created_workflow_shows_its_draft_and_is_not_live_until_deployed() {
        String projectId = api.newProject(token, "drafts");
        Map<String, Object> created = api.post(
                        "/v1/projects/" + projectId + "/workflows", ApiClient.fixture("get-user.json"), token)
                .expect(201)
                .map();
        assertThat(created)
                .containsEntry("projectId", projectId)
                .containsEntry("method", "GET")
                .containsEntry("path", "/users/{id}")
                .containsEntry("deployedVersion", null)
                .containsEntry("latestVersion", 0)
                .containsKeys("id", "nodes", "edges", "warnings");
        assertThat(api.get("/api/" + owner + "/drafts/users/1", null).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/workflows", token)
                        .expect(200)
                        .list())
                .hasSize(1);
    }

    @Test
    void a_broken_graph_is_rejected_with_every_violation_listed() {
        String projectId = api.newProject(token, "broken");
        ApiResponse r = api.post("/v1/projects/" + projectId + "/workflows", ApiClient.fixture("broken.json"), token);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_WORKFLOW");
        List<String> codes = violationCodes(r.map());
        assertThat(codes)
                .contains(
                        "DANGLING_EDGE",
                        "START_COUNT",
                        "NO_RESPONSE",
                        "UNKNOWN_NODE_TYPE",
                        "CYCLE",
                        "BAD_TEMPLATE",
                        "UNKNOWN_REFERENCE");
        assertThat(r.map().get("message").toString()).isEqualTo(codes.size() + " problems");
        assertThat(api.get("/v1/projects/" + projectId + "/workflows", token)
                        .expect(200)
                        .list())
                .isEmpty();
    }

    @Test
    void the_validate_routes_report_without_saving() {
        String projectId = api.newProject(token, "checks");
        Map<String, Object> bad = api.post(
                        "/v1/projects/" + projectId + "/workflows/validate", ApiClient.fixture("broken.json"), token)
                .expect(200)
                .map();
        assertThat(bad).containsEntry("valid", false);
        assertThat(violationCodes(bad)).contains("DANGLING_EDGE");
        Map<String, Object> good = api.post(
                        "/v1/projects/" + projectId + "/workflows/validate", ApiClient.fixture("echo-like.json"), token)
                .expect(200)
                .map();
        assertThat(good).containsEntry("valid", true);
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        assertThat(api.post("/v1/workflows/" + id + "/validate", null, token)
                        .expect(200)
                        .map())
                .containsEntry("valid", true);
    }

    @Test
    void deploying_a_second_workflow_on_the_same_method_and_path_shape_is_a_409() {
        String projectId = api.newProject(token, "clash");
        String first = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, first);
        Map<String, Object> twin = new LinkedHashMap<>(ApiClient.fixture("get-user.json"));
        twin.put("name", "Twin");
        twin.put("path", "/users/{userId}");
        String second = api.newWorkflow(token, projectId, twin);
        ApiResponse r = api.post("/v1/workflows/" + second + "/deploy", null, token);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.error()).isEqualTo("ROUTE_CONFLICT");
        assertThat(r.map().get("message").toString())
                .isEqualTo("GET /users/{userId} is already served by workflow 'Get user' (" + first + ")");
    }

    @Test
    void editing_a_draft_changes_the_live_endpoint_only_after_deploy_and_rollback_restores_it() {
        String projectId = api.newProject(token, "versions");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        assertThat(api.deploy(token, id)).isEqualTo(1);
        String url = "/api/" + owner + "/versions/users/5";
        assertThat(api.get(url, null).expect(200).map()).containsEntry("source", "param");

        Map<String, Object> edited = withResponseBody(ApiClient.fixture("get-user.json"), Map.of("source", "edited"));
        api.call("PUT", "/v1/workflows/" + id, edited, token).expect(200);
        assertThat(api.get(url, null).expect(200).map()).containsEntry("source", "param");

        assertThat(api.deploy(token, id)).isEqualTo(2);
        assertThat(api.get(url, null).expect(200).map()).containsEntry("source", "edited");

        List<Object> versions =
                api.get("/v1/workflows/" + id + "/versions", token).expect(200).list();
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).toString()).contains("version=2").contains("deployed=true");
        assertThat(versions.get(1).toString()).contains("version=1").contains("deployed=false");

        assertThat(api.post("/v1/workflows/" + id + "/rollback", Map.of("version", 1), token)
                        .expect(200)
                        .map())
                .containsEntry("version", 1);
        assertThat(api.get(url, null).expect(200).map()).containsEntry("source", "param");
        assertThat(api.get("/v1/workflows/" + id, token).expect(200).map())
                .containsEntry("deployedVersion", 1)
                .containsEntry("latestVersion", 2);
        assertThat(api.post("/v1/workflows/" + id + "/rollback", Map.of("version", 9), token)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void undeploy_and_delete_take_the_endpoint_down() {
        String projectId = api.newProject(token, "down");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, id);
        String url = "/api/" + owner + "/down/users/5";
        assertThat(api.get(url, null).status()).isEqualTo(200);
        api.post("/v1/workflows/" + id + "/undeploy", null, token).expect(200);
        assertThat(api.get(url, null).status()).isEqualTo(404);
        api.deploy(token, id);
        assertThat(api.get(url, null).status()).isEqualTo(200);
        api.call("DELETE", "/v1/workflows/" + id, null, token).expect(204);
        assertThat(api.get(url, null).status()).isEqualTo(404);
        assertThat(api.get("/v1/workflows/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void an_exported_workflow_imports_as_an_equal_draft() {
        String projectId = api.newProject(token, "export");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json"));
        Map<String, Object> exported =
                api.get("/v1/workflows/" + id + "/export", token).expect(200).map();
        assertThat(exported).containsOnlyKeys("name", "method", "path", "nodes", "edges");
        assertThat(exported.toString()).doesNotContain(id).doesNotContain(projectId);

        String other = api.newProject(token, "import");
        Map<String, Object> imported = api.post("/v1/projects/" + other + "/workflows/import", exported, token)
                .expect(201)
                .map();
        assertThat(imported.get("nodes")).isEqualTo(exported.get("nodes"));
        assertThat(imported.get("edges")).isEqualTo(exported.get("edges"));
    }

    @Test
    void the_echo_example_deploys_and_answers() {
        String projectId = api.newProject(token, "echo");
        Object echo = ApiClient.fixture("echo.json");
        api.deploy(token, api.newWorkflow(token, projectId, echo));
        ApiResponse r = api.post("/api/" + owner + "/echo/echo", Map.of("name", "Ada"), null)
                .expect(200);
        assertThat(r.map()).containsEntry("hello", "Ada");
    }

    @Test
    void the_dotportion_export_is_read_in_its_own_shape_and_validates_as_is() {
        String projectId = api.newProject(token, "todos");
        Object todo = ApiClient.fixture("dotportion-create-todo.json");
        Map<String, Object> checked = api.post("/v1/projects/" + projectId + "/workflows/validate", todo, token)
                .expect(200)
                .map();
        assertThat(violations(checked)).isEmpty();
        assertThat(checked).containsEntry("valid", true);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("violations");
    }

    List<String> violationCodes(Map<String, Object> body) {
        return violations(body).stream().map(v -> v.get("code").toString()).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withResponseBody(Map<String, Object> document, Object body) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put(
                "nodes",
                ((List<Map<String, Object>>) document.get("nodes"))
                        .stream()
                                .map(node -> {
                                    if (!"response".equals(node.get("type"))) {
                                        return node;
                                    }
                                    Map<String, Object> changed = new LinkedHashMap<>(node);
                                    Map<String, Object> data =
                                            new LinkedHashMap<>((Map<String, Object>) node.get("data"));
                                    data.put("body", body);
                                    changed.put("data", data);
                                    return changed;
                                })
                                .toList());
        return copy;
    }
}
