package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.limit.Limits;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.Poll;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the platform lets a request that is already running finish and answer. */
class GracefulShutdownTest {
    @TempDir
    Path dir;

    @Test
    void a_request_in_flight_when_the_platform_closes_still_gets_its_answer() throws Exception {
        Limits defaults = Limits.defaults();
        Limits slowScripts = new Limits(defaults.maxBodyBytes(), Duration.ofSeconds(20), Duration.ofSeconds(10),
                Long.MAX_VALUE, defaults.loopMaxIterations(), defaults.queryTimeout(), defaults.queryMaxDocuments(),
                defaults.traceBytesPerNode(), defaults.logRetention());
        try (EmbeddedMongo store = EmbeddedMongo.start(dir.resolve("store"), 0);
             MongoClient client = MongoClients.create(store.connectionString())) {
            Platform platform = Platform.start(PlatformConfig.forTests(dir.resolve("data"))
                    .withMongoUrl(store.connectionString()).withLimits(slowScripts)
                    .withShutdownGrace(Duration.ofSeconds(20)));
            ApiClient api = new ApiClient(platform.port());
            String token = api.newUser("graceful");
            String projectId = api.newProject(token, "slow");
            api.deploy(token, api.newWorkflow(token, projectId, Workflows.chain("Slow", "GET", "/slow", List.of(
                    Workflows.node("mark", "database", Map.of("collection", "started", "operation", "insertOne",
                            "data", Map.of("at", "now"))),
                    Workflows.node("work", "logic", Map.of("code",
                            "const end = Date.now() + 1500; let n = 0; while (Date.now() < end) { n++; } return {done: true};")),
                    Workflows.node("answer", "response", Map.of("status", 200))))));
            CompletableFuture<ApiResponse> slow = CompletableFuture.supplyAsync(
                    () -> api.get("/api/" + api.username(token) + "/slow/slow", null));
            Poll.until(() -> client.getDatabase("project_" + projectId).getCollection("started").countDocuments(),
                    count -> count > 0, Duration.ofSeconds(20));

            platform.close();

            ApiResponse answer = slow.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.map()).containsEntry("done", true);
        }
    }
}
