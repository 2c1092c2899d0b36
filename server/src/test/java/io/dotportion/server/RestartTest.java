package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    @Test
    void deployed_workflows_users_and_tokens_survive_a_restart(@TempDir Path dataDir) {
        PlatformConfig config = PlatformConfig.forTests(dataDir);
        String token;
        String url;
        try (Platform first = Platform.start(config)) {
            ApiClient api = new ApiClient(first.port());
            token = api.newUser("durable");
            String projectId = api.newProject(token, "kept");
            api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json")));
            url = "/api/" + api.username(token) + "/kept/users/11";
            assertThat(api.get(url, null).expect(200).map()).containsEntry("id", "11");
        }
        try (Platform second = Platform.start(config)) {
            ApiClient api = new ApiClient(second.port());
            assertThat(api.get(url, null).expect(200).map()).isEqualTo(Map.of("id", "11", "source", "param"));
            assertThat(api.get("/v1/projects", token).expect(200).list()).hasSize(1);
        }
    }
}
