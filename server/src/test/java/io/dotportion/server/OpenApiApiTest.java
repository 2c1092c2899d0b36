package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.OpenApiSchema;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class OpenApiApiTest {
    private final ApiClient api;
    private final String token;
    private final String owner;

    OpenApiApiTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        owner = api.username(token);
    }

    private String deployAll(String projectId, String... fixtures) {
        String last = null;
        for (String fixture : fixtures) {
            last = api.newWorkflow(token, projectId, ApiClient.fixture(fixture));
            api.deploy(token, last);
        }
        return last;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> paths(ApiResponse r) {
        return (Map<String, Object>) r.map().get("paths");
    }

    @Test
    void the_public_document_of_a_project_validates_and_matches_its_deployed_workflows() {
        String projectId = api.newProject(token, "documented");
        deployAll(projectId, "get-user.json", "typed-user.json", "adult-check.json", "search.json");

        ApiResponse r =
                api.get("/api/" + owner + "/documented/openapi.json", null).expect(200);

        assertThat(ApiClient.header(r, "Content-Type")).startsWith("application/json");
        assertThat(OpenApiSchema.violations(r.text())).isEmpty();
        assertThat(r.map())
                .containsEntry("openapi", "3.1.0")
                .containsEntry("servers", List.of(Map.of("url", "/api/" + owner + "/documented")));
        assertThat(paths(r)).containsOnlyKeys("/people", "/search", "/users/{id}");
        assertThat(r.text())
                .doesNotContain("bearerAuth")
                .contains("\"x-client\"")
                .contains("\"format\":\"email\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) r.map().get("info");
        assertThat(info).containsEntry("title", "Project documented");
    }

    @Test
    void a_jwt_protected_workflow_requires_a_bearer_token_in_the_document() {
        String projectId = api.newProject(token, "guarded");
        api.putSecret(token, projectId, "signing", Map.of("type", "jwt", "value", "k".repeat(40)))
                .expect(201);
        deployAll(projectId, "jwt-protected.json", "get-user.json");

        ApiResponse r = api.get("/api/" + owner + "/guarded/openapi.json", null).expect(200);

        assertThat(OpenApiSchema.violations(r.text())).isEmpty();
        @SuppressWarnings("unchecked")
        Map<String, Object> me = (Map<String, Object>) ((Map<String, Object>) paths(r).get("/me")).get("get");
        assertThat(me.get("security")).isEqualTo(List.of(Map.of("bearerAuth", List.of())));
        assertThat(((Map<?, ?>) me.get("responses")).containsKey("401")).isTrue();
        assertThat(r.text()).contains("\"bearerFormat\":\"JWT\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) ((Map<String, Object>) paths(r).get("/users/{id}")).get("get");
        assertThat(user).doesNotContainKey("security");
    }

    @Test
    void members_read_the_same_document_through_v1_and_strangers_get_404() {
        String projectId = api.newProject(token, "members-doc");
        deployAll(projectId, "get-user.json");
        String stranger = api.newUser("stranger");

        ApiResponse member =
                api.get("/v1/projects/" + projectId + "/openapi.json", token).expect(200);
        ApiResponse published =
                api.get("/api/" + owner + "/members-doc/openapi.json", null).expect(200);

        assertThat(member.text()).isEqualTo(published.text());
        assertThat(api.get("/v1/projects/" + projectId + "/openapi.json", stranger)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/v1/projects/" + projectId + "/openapi.json", null).status())
                .isEqualTo(401);
    }

    @Test
    void a_project_serving_nothing_has_no_public_document_and_an_empty_member_document() {
        String projectId = api.newProject(token, "quiet");

        ApiResponse published = api.get("/api/" + owner + "/quiet/openapi.json", null);
        assertThat(published.status()).isEqualTo(404);
        assertThat(published.error()).isEqualTo("NOT_FOUND");
        ApiResponse member =
                api.get("/v1/projects/" + projectId + "/openapi.json", token).expect(200);
        assertThat(paths(member)).isEmpty();
        assertThat(OpenApiSchema.violations(member.text())).isEmpty();
        assertThat(api.get("/api/nobody-here/quiet/openapi.json", null).status())
                .isEqualTo(404);
    }

    @Test
    void the_document_follows_deploy_undeploy_and_project_settings() {
        String projectId = api.newProject(token, "moving");
        String first = deployAll(projectId, "get-user.json");
        String url = "/api/" + owner + "/moving/openapi.json";
        ApiResponse before = api.get(url, null).expect(200);
        assertThat(api.get(url, null).expect(200).text()).isEqualTo(before.text());

        String second = deployAll(projectId, "search.json");
        assertThat(paths(api.get(url, null).expect(200))).containsOnlyKeys("/search", "/users/{id}");

        api.post("/v1/workflows/" + first + "/undeploy", null, token).expect(200);
        assertThat(paths(api.get(url, null).expect(200))).containsOnlyKeys("/search");

        api.call(
                        "PATCH",
                        "/v1/projects/" + projectId,
                        Map.of(
                                "rateLimit",
                                Map.of(
                                        "enabled",
                                        true,
                                        "windowMs",
                                        60000,
                                        "max",
                                        5,
                                        "message",
                                        "slow down",
                                        "standardHeaders",
                                        true,
                                        "legacyHeaders",
                                        false)),
                        token)
                .expect(200);
        assertThat(api.get(url, null).expect(200).text()).contains("\"429\"");

        api.post("/v1/workflows/" + second + "/undeploy", null, token).expect(200);
        assertThat(api.get(url, null).status()).isEqualTo(404);
    }
}
