package io.dotportion.server.workflow;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored versions damaged while the server was stopped (one that no longer compiles, one that cannot even
 * be read) do not stop the start: the others serve, the damaged ones answer 404 and leave the route table.
 */
class DamagedVersionStartupTest {
    private static final Map<String, Object> ADA = Map.of("name", "Ada", "age", 36);

    @TempDir
    Path dataDir;

    private PlatformConfig config;
    private String base;
    private String uncompilable;
    private String unreadable;

    @BeforeEach
    void deploy_three_workflows_then_damage_two_stored_versions() {
        config = PlatformConfig.forTests(dataDir);
        try (Platform first = Platform.start(config)) {
            ApiClient api = new ApiClient(first.port());
            String token = api.newUser("damaged");
            String projectId = api.newProject(token, "warm");
            Map<String, Object> intact = new HashMap<>(ApiClient.fixture("echo.json"));
            intact.put("path", "/intact");
            api.deploy(token, api.newWorkflow(token, projectId, intact));
            uncompilable = api.newWorkflow(token, projectId, ApiClient.fixture("echo.json"));
            api.deploy(token, uncompilable);
            Map<String, Object> other = new HashMap<>(ApiClient.fixture("echo.json"));
            other.put("path", "/echo3");
            unreadable = api.newWorkflow(token, projectId, other);
            api.deploy(token, unreadable);
            base = "/api/" + api.username(token) + "/warm";
        }
        damage(uncompilable, json -> json.replace("\"response\"", "\"noSuchNodeType\""));
        damage(unreadable, json -> "{not json");
    }

    @Test
    void the_other_versions_serve_and_the_damaged_ones_answer_404_before_and_after_their_compile() {
        HeldExecutor held = new HeldExecutor();
        try (Platform platform = Platform.start(config, Clock.systemUTC(), held)) {
            ApiClient api = new ApiClient(platform.port());
            assertThat(api.get("/health", null).expect(200).map())
                    .containsEntry("status", "ok")
                    .containsEntry("preparing", 2);
            assertThat(api.post(base + "/echo3", Map.of("name", "Ada"), null).status())
                    .isEqualTo(404);
            assertThat(api.post(base + "/echo", Map.of("name", "Ada"), null).status())
                    .isEqualTo(404);
            assertThat(api.post(base + "/intact", ADA, null).expect(200).map()).isEqualTo(Map.of("hello", "Ada"));

            held.release();

            assertThat(api.get("/health", null).expect(200).map())
                    .containsEntry("status", "ok")
                    .doesNotContainKey("preparing");
            assertThat(api.post(base + "/echo", Map.of("name", "Ada"), null).status())
                    .isEqualTo(404);
            assertThat(api.post(base + "/intact", ADA, null).expect(200).map()).isEqualTo(Map.of("hello", "Ada"));
        }
    }

    @Test
    void the_background_compile_drops_the_uncompilable_version_no_request_reached() {
        HeldExecutor held = new HeldExecutor();
        try (Platform platform = Platform.start(config, Clock.systemUTC(), held)) {
            held.release();
            ApiClient api = new ApiClient(platform.port());
            assertThat(api.get("/health", null).expect(200).map())
                    .containsEntry("status", "ok")
                    .doesNotContainKey("preparing");
            assertThat(api.post(base + "/echo", Map.of("name", "Ada"), null).status())
                    .isEqualTo(404);
            assertThat(api.post(base + "/intact", ADA, null).expect(200).map()).isEqualTo(Map.of("hello", "Ada"));
        }
    }

    /** Rewrites the stored document of the workflow's version 1 with the server stopped. */
    private void damage(String workflowId, UnaryOperator<String> change) {
        try (EmbeddedMongo store = EmbeddedMongo.start(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> versions =
                    client.getDatabase(PlatformConfig.DEFAULT_DATABASE).getCollection("workflowVersions");
            Document stored = versions.find(eq("workflowId", workflowId)).first();
            assertThat(stored).isNotNull();
            versions.updateOne(
                    eq("_id", stored.get("_id")), Updates.set("document", change.apply(stored.getString("document"))));
        }
    }

    /** Keeps the tasks it is given until {@link #release} runs them on the caller's thread. */
    private static final class HeldExecutor implements Executor {
        private final List<Runnable> tasks = new CopyOnWriteArrayList<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void release() {
            tasks.forEach(Runnable::run);
            tasks.clear();
        }
    }
}
