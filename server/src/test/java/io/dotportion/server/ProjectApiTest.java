package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class ProjectApiTest {
    private final ApiClient api;

    ProjectApiTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void a_project_is_created_listed_read_updated_and_deleted_by_its_owner() {
        String token = api.newUser("owner");
        ApiResponse created = api.post("/v1/projects", Map.of("name", "Shop", "slug", "shop"), token)
                .expect(201);
        Map<String, Object> project = created.map();
        String id = project.get("id").toString();
        assertThat(project)
                .containsEntry("slug", "shop")
                .containsEntry("name", "Shop")
                .containsEntry("owner", api.username(token))
                .containsKeys("cors", "rateLimit", "createdAt");

        assertThat(api.get("/v1/projects", token).expect(200).list()).hasSize(1);
        assertThat(api.get("/v1/projects/" + id, token).expect(200).map()).containsEntry("slug", "shop");

        Map<String, Object> patch = Map.of(
                "name",
                "Shop 2",
                "cors",
                Map.of("enabled", true, "allowedOrigins", List.of("https://shop.example")),
                "rateLimit",
                Map.of("enabled", true, "max", 5));
        Map<String, Object> updated = api.call("PATCH", "/v1/projects/" + id, patch, token)
                .expect(200)
                .map();
        assertThat(updated).containsEntry("name", "Shop 2").containsEntry("slug", "shop");
        assertThat(updated.get("cors").toString()).contains("enabled=true").contains("https://shop.example");
        assertThat(updated.get("rateLimit").toString()).contains("max=5").contains("windowMs=60000");

        api.call("DELETE", "/v1/projects/" + id, null, token).expect(200);
        assertThat(api.get("/v1/projects/" + id, token).status()).isEqualTo(404);
    }

    @Test
    void slugs_are_validated_and_unique_per_owner() {
        String token = api.newUser("sluggy");
        assertThat(api.post("/v1/projects", Map.of("name", "Bad", "slug", "Not A Slug"), token)
                        .status())
                .isEqualTo(400);
        api.post("/v1/projects", Map.of("name", "One", "slug", "same"), token).expect(201);
        ApiResponse clash = api.post("/v1/projects", Map.of("name", "Two", "slug", "same"), token);
        assertThat(clash.status()).isEqualTo(409);
        String other = api.newUser("sluggy-other");
        api.post("/v1/projects", Map.of("name", "Theirs", "slug", "same"), other)
                .expect(201);
    }

    @Test
    void another_users_project_and_its_workflows_answer_404() {
        String alice = api.newUser("alice");
        String mallory = api.newUser("mallory");
        String projectId = api.newProject(alice, "private");
        String workflowId = api.newWorkflow(alice, projectId, ApiClient.fixture("get-user.json"));

        ApiResponse nonexistent = api.get("/v1/projects/000000000000000000000000", mallory);
        assertThat(api.get("/v1/projects/" + projectId, mallory).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId, mallory).map()).isEqualTo(nonexistent.map());
        assertThat(api.call("PATCH", "/v1/projects/" + projectId, Map.of("name", "mine"), mallory)
                        .status())
                .isEqualTo(404);
        assertThat(api.call("DELETE", "/v1/projects/" + projectId, null, mallory)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/workflows", mallory).status())
                .isEqualTo(404);
        assertThat(api.post("/v1/projects/" + projectId + "/workflows", ApiClient.fixture("get-user.json"), mallory)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/workflows/" + workflowId, mallory).status()).isEqualTo(404);
        assertThat(api.post("/v1/workflows/" + workflowId + "/deploy", null, mallory)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/executions", mallory).status())
                .isEqualTo(404);
        assertThat(api.get("/v1/projects", mallory).expect(200).list()).isEmpty();
        assertThat(api.get("/v1/projects/" + projectId, alice).status()).isEqualTo(200);
    }

    @Test
    void deleting_a_project_removes_its_workflows_and_their_live_endpoints() {
        String token = api.newUser("cleaner");
        String projectId = api.newProject(token, "gone");
        String workflowId = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.deploy(token, workflowId);
        String base = "/api/" + api.username(token) + "/gone/users/7";
        assertThat(api.get(base, null).status()).isEqualTo(200);

        api.call("DELETE", "/v1/projects/" + projectId, null, token).expect(200);
        assertThat(api.get(base, null).status()).isEqualTo(404);
        assertThat(api.get("/v1/workflows/" + workflowId, token).status()).isEqualTo(404);
    }

    @Test
    void renaming_a_project_slug_moves_its_live_endpoints_and_the_old_slug_redirects() {
        String token = api.newUser("mover");
        String projectId = api.newProject(token, "before");
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json")));
        String owner = api.username(token);
        api.call("PATCH", "/v1/projects/" + projectId, Map.of("slug", "after"), token)
                .expect(200);
        assertThat(api.get("/api/" + owner + "/before/users/1", null).status()).isEqualTo(308);
        assertThat(api.get("/api/" + owner + "/after/users/1", null).status()).isEqualTo(200);
    }
}
