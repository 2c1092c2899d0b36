package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest(perMethod = true)
class RestartTest {

    @Test
    void deployed_workflows_users_and_tokens_survive_a_restart(RunningPlatform first) {
        ApiClient api = first.api();
        String token = api.newUser("durable");
        String projectId = api.newProject(token, "kept");
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json")));
        String url = "/api/" + api.username(token) + "/kept/users/11";
        assertThat(api.get(url, null).expect(200).map()).containsEntry("id", "11");

        try (RunningPlatform second = first.restart()) {
            ApiClient again = second.api();
            assertThat(again.get(url, null).expect(200).map()).isEqualTo(Map.of("id", "11", "source", "param"));
            assertThat(again.get("/v1/projects", token).expect(200).list()).hasSize(1);
        }
    }

    @Test
    void an_old_slug_keeps_redirecting_after_a_restart(RunningPlatform first) {
        ApiClient api = first.api();
        String token = api.newUser("renamer");
        String projectId = api.newProject(token, "first-name");
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json")));
        api.call("PATCH", "/v1/projects/" + projectId, Map.of("slug", "second-name"), token)
                .expect(200);
        String owner = api.username(token);

        try (RunningPlatform second = first.restart()) {
            ApiResponse r = second.api().get("/api/" + owner + "/first-name/users/3", null);
            assertThat(r.status()).isEqualTo(308);
            assertThat(ApiClient.header(r, "Location")).isEqualTo("/api/" + owner + "/second-name/users/3");
        }
    }
}
