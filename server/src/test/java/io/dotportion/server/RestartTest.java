package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
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
}
