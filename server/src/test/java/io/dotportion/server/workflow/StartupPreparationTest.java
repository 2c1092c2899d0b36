package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart serves the deployed versions before their background compile ran: the test holds the
 * preparation executor back, so every request below reaches a version nobody compiled yet.
 */
class StartupPreparationTest {
    private static final Map<String, Object> ADA = Map.of("name", "Ada", "age", 36);

    @TempDir
    Path dataDir;

    private PlatformConfig config;
    private String token;
    private String projectId;
    private String base;

    @BeforeEach
    void deploy_scripted_and_plain_workflows_then_stop() {
        config = PlatformConfig.forTests(dataDir);
        try (Platform first = Platform.start(config)) {
            ApiClient api = new ApiClient(first.port());
            token = api.newUser("restart");
            projectId = api.newProject(token, "warm");
            api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("adult-check.json")));
            api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("echo.json")));
            base = "/api/" + api.username(token) + "/warm";
        }
    }

    @Test
    void a_scripted_route_answers_right_before_its_background_compile_ran() {
        HeldExecutor held = new HeldExecutor();
        try (Platform platform = Platform.start(config, Clock.systemUTC(), held)) {
            ApiClient api = new ApiClient(platform.port());
            assertThat(held.waiting()).isEqualTo(1);
            assertThat(api.post(base + "/people", ADA, null).expect(200).map())
                    .isEqualTo(Map.of("welcome", "ADA", "age", 36));
            assertThat(api.post(base + "/people", Map.of("name", "Tim", "age", 9), null)
                            .expect(400)
                            .map())
                    .isEqualTo(Map.of("error", "too young", "name", "TIM"));
            assertThat(api.post(base + "/echo", Map.of("name", "Ada"), null)
                            .expect(200)
                            .map())
                    .isEqualTo(Map.of("hello", "Ada"));
        }
    }

    @Test
    void health_is_ready_while_versions_wait_and_says_how_many() {
        HeldExecutor held = new HeldExecutor();
        try (Platform platform = Platform.start(config, Clock.systemUTC(), held)) {
            ApiClient api = new ApiClient(platform.port());
            assertThat(api.get("/health", null).expect(200).map())
                    .containsEntry("status", "ok")
                    .containsEntry("preparing", 2);
            api.post(base + "/echo", Map.of("name", "Ada"), null).expect(200);
            assertThat(api.get("/health", null).expect(200).map()).containsEntry("preparing", 2);

            held.release();

            assertThat(api.get("/health", null).expect(200).map())
                    .containsEntry("status", "ok")
                    .doesNotContainKey("preparing");
            assertThat(api.post(base + "/people", ADA, null).expect(200).map())
                    .isEqualTo(Map.of("welcome", "ADA", "age", 36));
        }
    }

    @Test
    void a_deploy_before_the_background_compile_is_live_when_it_returns_and_stays_so() {
        HeldExecutor held = new HeldExecutor();
        try (Platform platform = Platform.start(config, Clock.systemUTC(), held)) {
            ApiClient api = new ApiClient(platform.port());
            Map<String, Object> changed = new java.util.HashMap<>(ApiClient.fixture("echo.json"));
            changed.put("path", "/echo2");
            String id = api.newWorkflow(token, projectId, changed);
            api.deploy(token, id);
            assertThat(api.post(base + "/echo2", Map.of("name", "Bo"), null)
                            .expect(200)
                            .map())
                    .isEqualTo(Map.of("hello", "Bo"));

            held.release();

            assertThat(api.post(base + "/echo2", Map.of("name", "Bo"), null)
                            .expect(200)
                            .map())
                    .isEqualTo(Map.of("hello", "Bo"));
            assertThat(api.post(base + "/echo", Map.of("name", "Ada"), null)
                            .expect(200)
                            .map())
                    .isEqualTo(Map.of("hello", "Ada"));
        }
    }

    @Test
    void versions_compiled_in_the_background_serve_the_same_answers() {
        HeldExecutor held = new HeldExecutor();
        try (Platform platform = Platform.start(config, Clock.systemUTC(), held)) {
            held.release();
            ApiClient api = new ApiClient(platform.port());
            assertThat(api.post(base + "/people", ADA, null).expect(200).map())
                    .isEqualTo(Map.of("welcome", "ADA", "age", 36));
            assertThat(api.post(base + "/nothing", ADA, null).status()).isEqualTo(404);
        }
    }

    /** Keeps the tasks it is given until {@link #release} runs them on the caller's thread. */
    private static final class HeldExecutor implements Executor {
        private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        int waiting() {
            return tasks.size();
        }

        void release() {
            tasks.forEach(Runnable::run);
            tasks.clear();
        }
    }
}
