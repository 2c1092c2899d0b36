package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/workflows/{id}/versions/{n}}: the frozen document of one deployed version. */
@PlatformTest
class WorkflowVersionsApiTest {
    private final ApiClient api;
    private final String token;

    WorkflowVersionsApiTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    @Test
    void each_version_answers_the_document_it_froze_at_deploy() {
        String projectId = api.newProject(token, "frozen");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, id);
        Map<String, Object> edited =
                WorkflowApiTest.withResponseBody(ApiClient.fixture("get-user.json"), Map.of("source", "edited"));
        api.call("PUT", "/v1/workflows/" + id, edited, token).expect(200);
        api.deploy(token, id);

        Map<String, Object> first = api.get("/v1/workflows/" + id + "/versions/1", token)
                .expect(200)
                .map();
        Map<String, Object> second = api.get("/v1/workflows/" + id + "/versions/2", token)
                .expect(200)
                .map();
        assertThat(first)
                .containsEntry("version", 1)
                .containsEntry("name", "Get user")
                .containsEntry("method", "GET")
                .containsEntry("path", "/users/{id}")
                .containsEntry("deployed", false)
                .containsKeys("createdAt", "createdBy");
        assertThat(second).containsEntry("version", 2).containsEntry("deployed", true);
        assertThat(responseBody(first)).containsEntry("source", "param");
        assertThat(responseBody(second)).containsEntry("source", "edited");
        assertThat(first.get("edges")).isEqualTo(second.get("edges"));
        assertThat(first.get("createdBy"))
                .isEqualTo(api.get("/v1/auth/me", token).expect(200).map().get("id"));
    }

    @Test
    void an_unknown_or_malformed_version_is_a_404() {
        String projectId = api.newProject(token, "missing");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        assertThat(api.get("/v1/workflows/" + id + "/versions/1", token).status())
                .isEqualTo(404);
        api.deploy(token, id);
        assertThat(api.get("/v1/workflows/" + id + "/versions/1", token).status())
                .isEqualTo(200);
        for (String n : List.of("2", "0", "-1", "x", "99999999999")) {
            assertThat(api.get("/v1/workflows/" + id + "/versions/" + n, token).status())
                    .as(n)
                    .isEqualTo(404);
        }
    }

    @Test
    void a_viewer_reads_a_version_and_an_outsider_cannot_see_it() {
        String projectId = api.newProject(token, "shared-versions");
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, id);
        String viewer = api.newUser("viewer");
        api.post(
                        "/v1/projects/" + projectId + "/members",
                        Map.of("username", api.username(viewer), "role", "viewer"),
                        token)
                .expect(201);
        String outsider = api.newUser("outsider");
        assertThat(api.get("/v1/workflows/" + id + "/versions/1", viewer)
                        .expect(200)
                        .map())
                .containsEntry("version", 1)
                .containsKey("nodes");
        assertThat(api.get("/v1/workflows/" + id + "/versions/1", outsider).status())
                .isEqualTo(404);
        assertThat(api.get("/v1/workflows/" + id + "/versions/1", null).status())
                .isEqualTo(401);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> responseBody(Map<String, Object> version) {
        return ((List<Map<String, Object>>) version.get("nodes"))
                .stream()
                        .filter(node -> "response".equals(node.get("type")))
                        .map(node -> (Map<String, Object>) ((Map<String, Object>) node.get("data")).get("body"))
                        .findFirst()
                        .orElseThrow();
    }
}
