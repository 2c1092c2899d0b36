package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PlatformTest
class ExecutionTimeoutTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config -> config.withLimits(Limits.defaults()
            .withExecutionTimeout(Duration.ofMillis(400))
            .withScriptTimeout(Duration.ofSeconds(5))
            // so that only the execution deadline can stop the loop: on a quiet machine the default
            // statement limit could end it first (a 500), which is not what this test is about
            .withScriptStatementLimit(Long.MAX_VALUE)));

    @Test
    void a_run_past_the_execution_time_limit_is_a_504(SignedUpUser user) {
        ApiClient api = user.api();
        String projectId = api.newProject(user.token(), "slow");
        api.deploy(user.token(), api.newWorkflow(user.token(), projectId, ApiClient.fixture("spin.json")));

        ApiResponse r = api.get("/api/" + user.username() + "/slow/spin", null);

        assertThat(r.status()).isEqualTo(504);
        assertThat(r.error()).isEqualTo("TIMEOUT");
        assertThat(r.map()).containsKey("executionId");
    }
}
