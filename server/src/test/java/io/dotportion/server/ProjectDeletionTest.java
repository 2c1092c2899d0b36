package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.testing.Poll;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.ServedStore;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.PlatformConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deleting a project removes everything it owns, and the answer says what; other projects keep theirs. */
@PlatformTest
class ProjectDeletionTest {
    /** Kept on purpose: the audit trail of secret changes, and the instances' change feed. */
    private static final Set<String> KEPT = Set.of("audit", "secretChanges", "changes", "changeCounter");

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.defaults().servedStore();

    private final RunningPlatform platform;
    private final ApiClient api;
    private final MongoClient storeClient;
    private final String token;

    ProjectDeletionTest(RunningPlatform platform, ServedStore store, SignedUpUser user) {
        this.platform = platform;
        this.api = user.api();
        this.storeClient = store.client();
        this.token = user.token();
    }

    @Test
    void deleting_a_project_drops_its_managed_database_secrets_logs_and_stats_and_says_so() {
        String doomed = populated("doomed");
        String kept = populated("kept");

        Map<String, Object> removed = api.call("DELETE", "/v1/projects/" + doomed, null, token)
                .expect(200)
                .map();

        assertThat(removed)
                .containsEntry("id", doomed)
                .containsEntry("workflows", 1)
                .containsEntry("secrets", 1)
                .containsEntry("managedCollections", 1);
        assertThat(((Number) removed.get("executions")).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(storeClient.listDatabaseNames().into(new ArrayList<>()))
                .doesNotContain("project_" + doomed)
                .contains("project_" + kept);
        assertThat(documentsOf(doomed)).isEmpty();
        assertThat(documentsOf(kept)).isNotEmpty();
        assertThat(addedEnvironments(doomed)).isEmpty();
        assertThat(addedEnvironments(kept)).containsExactly("staging");
        assertThat(api.get("/v1/projects/" + doomed, token).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects/" + kept + "/secrets", token)
                        .expect(200)
                        .list())
                .hasSize(1);
        assertThat(api.get("/api/" + api.username(token) + "/kept/notes", null)
                        .expect(200)
                        .list())
                .hasSize(1);
    }

    @Test
    void a_project_of_the_same_slug_made_again_starts_empty() {
        String first = populated("again");
        api.call("DELETE", "/v1/projects/" + first, null, token).expect(200);

        String second = api.newProject(token, "again");

        assertThat(api.get("/v1/projects/" + second + "/data/collections", token)
                        .expect(200)
                        .list())
                .isEmpty();
        assertThat(api.get("/v1/projects/" + second + "/secrets", token)
                        .expect(200)
                        .list())
                .isEmpty();
        assertThat(api.get("/v1/projects/" + second + "/executions", token)
                        .expect(200)
                        .list())
                .isEmpty();
    }

    @Test
    void only_an_owner_deletes_and_a_refused_delete_removes_nothing() {
        String projectId = populated("guarded");
        String other = api.newUser("bystander");

        assertThat(api.call("DELETE", "/v1/projects/" + projectId, null, other).status())
                .isEqualTo(404);

        assertThat(storeClient.listDatabaseNames().into(new ArrayList<>())).contains("project_" + projectId);
        assertThat(api.get("/v1/projects/" + projectId + "/secrets", token)
                        .expect(200)
                        .list())
                .hasSize(1);
    }

    /** A project with a secret, a managed collection with a document, a deployed workflow that ran once. */
    private String populated(String slug) {
        String projectId = api.newProject(token, slug);
        api.putSecret(token, projectId, "signing", Map.of("type", "jwt", "generate", true))
                .expect(201);
        api.call("PUT", "/v1/projects/" + projectId + "/environments/staging", null, token)
                .expect(201);
        api.post("/v1/projects/" + projectId + "/data/collections/notes/documents", Map.of("title", "milk"), token)
                .expect(201);
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.single(
                                "Notes",
                                "GET",
                                "/notes",
                                DatabaseNode.ID,
                                Map.of("collection", "notes", "operation", "findMany"),
                                200)));
        api.get("/api/" + api.username(token) + "/" + slug + "/notes", null).expect(200);
        Poll.until(
                Duration.ofSeconds(10),
                () -> api.get("/v1/projects/" + projectId + "/executions", token)
                        .expect(200)
                        .list(),
                runs -> !runs.isEmpty(),
                "the run in the project's log");
        platform.flushStats();
        return projectId;
    }

    /** The environments the store still lists as added by the project (its change stamp is kept on purpose). */
    private List<String> addedEnvironments(String projectId) {
        Document stamp = storeClient
                .getDatabase(PlatformConfig.DEFAULT_DATABASE)
                .getCollection("secretChanges")
                .find(new Document("_id", projectId))
                .first();
        List<String> names = stamp == null ? null : stamp.getList("environments", String.class);
        return names == null ? List.of() : names;
    }

    /** Every document in the platform's database that names the project, outside what is kept on purpose. */
    private List<String> documentsOf(String projectId) {
        MongoDatabase platformDb = storeClient.getDatabase(PlatformConfig.DEFAULT_DATABASE);
        List<String> found = new ArrayList<>();
        for (String name : platformDb.listCollectionNames()) {
            if (!KEPT.contains(name)) {
                for (Document doc : platformDb.getCollection(name).find(new Document("projectId", projectId))) {
                    found.add(name + ": " + doc.toJson());
                }
            }
        }
        return found;
    }
}
