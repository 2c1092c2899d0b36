package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutionTimeoutTest {

    @Test
    void a_run_past_the_execution_time_limit_is_a_504(@TempDir Path dataDir) {
        Limits limits = Limits.defaults().withExecutionTimeout(Duration.ofMillis(400))
                .withScriptTimeout(Duration.ofSeconds(5))
                // so that only the execution deadline can stop the loop: on a quiet machine the default
                // statement limit could end it first (a 500), which is not what this test is about
                .withScriptStatementLimit(Long.MAX_VALUE);
        try (Platform platform = Platform.start(PlatformConfig.forTests(dataDir).withLimits(limits))) {
            ApiClient api = new ApiClient(platform.port());
            String token = api.newUser("slow");
            String projectId = api.newProject(token, "slow");
            api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("spin.json")));
            ApiResponse r = api.get("/api/" + api.username(token) + "/slow/spin", null);
            assertThat(r.status()).isEqualTo(504);
            assertThat(r.error()).isEqualTo("TIMEOUT");
            assertThat(r.map()).containsKey("executionId");
        }
    }
}
