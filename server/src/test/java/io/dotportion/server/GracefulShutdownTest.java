package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Closing the platform lets a request that is already running finish and answer. */
@PlatformTest
class GracefulShutdownTest {
    private static final Limits DEFAULTS = Limits.defaults();

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config -> config.withLimits(new Limits(
                            DEFAULTS.maxBodyBytes(),
                            Duration.ofSeconds(20),
                            Duration.ofSeconds(10),
                            Long.MAX_VALUE,
                            DEFAULTS.loopMaxIterations(),
                            DEFAULTS.queryTimeout(),
                            DEFAULTS.queryMaxDocuments(),
                            DEFAULTS.traceBytesPerNode(),
                            DEFAULTS.logRetention()))
                    .withShutdownGrace(Duration.ofSeconds(20)))
            .servedStore();

    @Test
    void a_request_in_flight_when_the_platform_closes_still_gets_its_answer(RunningPlatform platform) throws Exception {
        ApiClient api = platform.api();
        String token = api.newUser("graceful");
        String projectId = api.newProject(token, "slow");
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.chain(
                                "Slow",
                                "GET",
                                "/slow",
                                List.of(
                                        Workflows.node(
                                                "mark",
                                                "database",
                                                Map.of(
                                                        "collection",
                                                        "started",
                                                        "operation",
                                                        "insertOne",
                                                        "data",
                                                        Map.of("at", "now"))),
                                        Workflows.node(
                                                "work",
                                                "logic",
                                                Map.of(
                                                        "code",
                                                        "const end = Date.now() + 1500; let n = 0; while (Date.now() < end) { n++; } return {done: true};")),
                                        Workflows.node("answer", "response", Map.of("status", 200))))));
        CompletableFuture<ApiResponse> slow =
                CompletableFuture.supplyAsync(() -> api.get("/api/" + api.username(token) + "/slow/slow", null));
        Poll.until(
                Duration.ofSeconds(20),
                () -> platform.store()
                        .projectDatabase(projectId)
                        .getCollection("started")
                        .countDocuments(),
                count -> count > 0,
                "the slow run to start");

        platform.stop();

        ApiResponse answer = slow.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("done", true);
    }
}
