package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.testing.TestClock;
import io.dotportion.nodes.mongo.MongoDbNode;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.PlatformConfig;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A mongodb secret with a value per environment over HTTP, on two instances sharing one store: test runs read
 * the test database and deployed endpoints the live one; a missing test value fails the test run by name, or
 * falls back to live when allowed (and the answer says so); a staged value is tried by a test run, then
 * promoted and used by the next request on both instances, or discarded; the audit shows each step.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class SecretEnvironmentsTest {
    private static final Duration BOUND = Duration.ofMillis(1_500);
    private static final String KEY = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));

    @RegisterExtension
    static final PlatformExtension PLATFORM =
            PlatformExtension.configured(SecretEnvironmentsTest::sharedKey).servedStore();

    private final UserDatabase databases = new UserDatabase();
    private final RunningPlatform second;
    private final ApiClient a;
    private final ApiClient b;
    private final String token;
    private final String owner;
    private final String live;
    private final String test;
    private final String next;

    SecretEnvironmentsTest(RunningPlatform first, SignedUpUser user) {
        second = RunningPlatform.start(
                config -> sharedKey(config)
                        .withEgressAllow("127.0.0.1")
                        .withMongoUrl(first.store().connectionString()),
                TestClock.ticking());
        a = first.api();
        b = second.api();
        token = user.token();
        owner = user.username();
        live = databases.account("liveuser", "live-password-1", "livedb");
        test = databases.account("testuser", "test-password-2", "testdb");
        next = databases.account("nextuser", "next-password-3", "nextdb");
        for (String db : List.of("livedb", "testdb", "nextdb")) {
            databases.collection(db, "items").insertOne(new Document("where", db));
        }
    }

    @AfterAll
    void stop() {
        second.close();
        databases.close();
    }

    private static PlatformConfig sharedKey(PlatformConfig config) {
        return config.withMasterKey(MasterKeyConfig.none().withEnvironmentValue(KEY));
    }

    /** A project with a {@code db} secret and a deployed GET /where reading one item with it. */
    private Project project(String slug, Map<String, Object> secret) {
        String id = a.newProject(token, slug);
        a.putSecret(token, id, "db", secret).expect(201);
        String workflowId = a.newWorkflow(
                token,
                id,
                Workflows.single(
                        "Where",
                        "GET",
                        "/where",
                        MongoDbNode.ID,
                        Map.of("secret", "db", "collection", "items", "operation", "findOne"),
                        200));
        return new Project(id, workflowId, "/api/" + owner + "/" + slug + "/where");
    }

    private record Project(String id, String workflowId, String endpoint) {
        String secrets() {
            return "/v1/projects/" + id + "/secrets/db";
        }
    }

    private static Map<String, Object> mongo(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", SecretType.MONGODB.id());
        body.put("value", url);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static Object where(ApiResponse answer) {
        return answer.expect(200).map().get("where");
    }

    private Map<String, Object> testRun(Project project, Map<String, Object> body) {
        return a.post("/v1/workflows/" + project.workflowId() + "/test-run", body, token)
                .expect(200)
                .map();
    }

    @SuppressWarnings("unchecked")
    private static Object bodyWhere(Map<String, Object> run) {
        return ((Map<String, Object>) run.get("body")).get("where");
    }

    @Test
    void a_test_run_reads_the_test_database_and_the_deployed_endpoint_the_live_one() {
        Project p = project("envs", mongo(live));
        a.putSecret(token, p.id(), "db", with(mongo(test), "environment", "test"))
                .expect(200);
        a.deploy(token, p.workflowId());

        assertThat(where(a.get(p.endpoint(), null))).isEqualTo("livedb");
        Poll.until(BOUND, () -> b.get(p.endpoint(), null).status(), s -> s == 200, "the second instance to serve");
        assertThat(where(b.get(p.endpoint(), null))).isEqualTo("livedb");
        Map<String, Object> run = testRun(p, Map.of());
        assertThat(bodyWhere(run)).isEqualTo("testdb");
        assertThat(run.get("secrets"))
                .isEqualTo(List.of(Map.of(
                        "name", "db", "environment", "test", "version", 2, "staged", false, "usedLiveValue", false)));
        assertThat(run.toString()).doesNotContain("test-password-2", "live-password-1");
    }

    @Test
    void without_a_test_value_a_test_run_fails_naming_the_secret_or_uses_live_when_the_secret_allows_it() {
        Project p = project("notest", mongo(live));
        a.putSecret(token, p.id(), "db", with(mongo(test), "environment", "test"))
                .expect(200);
        a.delete(p.secrets() + "?environment=test", token).expect(204);

        Map<String, Object> failed = testRun(p, Map.of());

        assertThat(failed).containsEntry("status", 500).containsEntry("error", "EXECUTION_FAILED");
        assertThat(failed.get("body").toString())
                .contains("secret 'db' has no test value", "testUsesLive", "SECRET_VALUE_MISSING");
        assertThat(failed.get("secrets")).isEqualTo(List.of());

        a.putSecret(token, p.id(), "db", Map.of("type", SecretType.MONGODB.id(), "testUsesLive", true))
                .expect(200);
        Map<String, Object> fallback = testRun(p, Map.of());

        assertThat(bodyWhere(fallback)).isEqualTo("livedb");
        assertThat(fallback.get("secrets"))
                .isEqualTo(List.of(Map.of(
                        "name", "db", "environment", "live", "version", 1, "staged", false, "usedLiveValue", true)));
    }

    @Test
    void a_staged_value_is_tried_by_a_test_run_then_promoted_and_used_by_the_next_request_on_both_instances() {
        Project p = project("staged", with(mongo(live), "testUsesLive", true));
        a.deploy(token, p.workflowId());
        Poll.until(BOUND, () -> b.get(p.endpoint(), null).status(), s -> s == 200, "the second instance to serve");

        a.putSecret(token, p.id(), "db", with(mongo(next), "stage", true)).expect(200);

        assertThat(where(a.get(p.endpoint(), null))).isEqualTo("livedb");
        assertThat(where(b.get(p.endpoint(), null))).isEqualTo("livedb");
        assertThat(bodyWhere(testRun(p, Map.of()))).isEqualTo("livedb");
        Map<String, Object> staged = testRun(p, Map.of("secretVersion", "staged"));
        assertThat(bodyWhere(staged)).isEqualTo("nextdb");
        assertThat(staged.get("secrets"))
                .isEqualTo(List.of(Map.of(
                        "name", "db", "environment", "live", "version", 2, "staged", true, "usedLiveValue", false)));

        Map<String, Object> promoted =
                a.post(p.secrets() + "/promote", null, token).expect(200).map();

        assertThat(promoted).containsEntry("version", 2).containsEntry("staged", false);
        assertThat(where(a.get(p.endpoint(), null))).isEqualTo("nextdb");
        Poll.until(
                BOUND,
                () -> b.get(p.endpoint(), null).map().get("where"),
                "nextdb"::equals,
                "the second instance to use the promoted value");
        assertThat(actions(p)).containsExactly("promote 2 live", "stage 2 live", "create 1 live");
    }

    @Test
    void discarding_a_staged_value_leaves_the_live_value_untouched() {
        Project p = project("discard", mongo(live));
        a.deploy(token, p.workflowId());
        a.putSecret(token, p.id(), "db", with(mongo(next), "stage", true)).expect(200);

        Map<String, Object> view = a.get(p.secrets(), token).expect(200).map();
        assertThat(view).containsEntry("staged", true);
        assertThat(view.get("environments").toString()).contains("version=2");

        a.post(p.secrets() + "/discard", Map.of("environment", "live"), token).expect(200);

        assertThat(where(a.get(p.endpoint(), null))).isEqualTo("livedb");
        assertThat(a.get(p.secrets(), token).expect(200).map()).containsEntry("staged", false);
        assertThat(a.post(p.secrets() + "/discard", null, token).expect(409).error())
                .isEqualTo("SECRET_NOT_STAGED");
        assertThat(a.post(p.secrets() + "/promote", null, token).expect(409).error())
                .isEqualTo("SECRET_NOT_STAGED");
        assertThat(a.post(p.secrets() + "/promote", Map.of("environment", "nowhere"), token)
                        .expect(400)
                        .error())
                .isEqualTo("INVALID_ENVIRONMENT");
        assertThat(a.post("/v1/projects/" + p.id() + "/secrets/none/promote", null, token)
                        .status())
                .isEqualTo(404);
        assertThat(actions(p)).containsExactly("discard 2 live", "stage 2 live", "create 1 live");
    }

    @Test
    void a_staged_test_value_is_promoted_for_test_runs_only() {
        Project p = project("stagedtest", mongo(live));
        a.putSecret(token, p.id(), "db", with(with(mongo(test), "environment", "test"), "stage", true))
                .expect(200);
        a.deploy(token, p.workflowId());

        assertThat(testRun(p, Map.of()).get("error")).isEqualTo("EXECUTION_FAILED");
        assertThat(bodyWhere(testRun(p, Map.of("secretVersion", "staged")))).isEqualTo("testdb");

        a.post(p.secrets() + "/promote", Map.of("environment", "test"), token).expect(200);

        assertThat(bodyWhere(testRun(p, Map.of()))).isEqualTo("testdb");
        assertThat(where(a.get(p.endpoint(), null))).isEqualTo("livedb");
        assertThat(actions(p)).first().isEqualTo("promote 2 test");
    }

    @Test
    void the_list_shows_per_secret_which_environments_have_a_value_and_a_staged_version() {
        Project p = project("listing", mongo(live));
        a.put("/v1/projects/" + p.id() + "/environments/staging", null, token).expect(201);
        a.putSecret(token, p.id(), "db", with(with(mongo(next), "environment", "staging"), "stage", true))
                .expect(200);

        List<Object> list =
                a.get("/v1/projects/" + p.id() + "/secrets", token).expect(200).list();

        @SuppressWarnings("unchecked")
        Map<String, Object> db = (Map<String, Object>) list.getFirst();
        assertThat(db)
                .containsEntry("version", 1)
                .containsEntry("testUsesLive", false)
                .containsEntry("staged", true);
        assertThat(db.get("environments").toString())
                .isEqualTo("[{name=live, hasValue=true, version=1, staged=null}, "
                        + "{name=test, hasValue=false, version=null, staged=null}, "
                        + "{name=staging, hasValue=false, version=null, staged={version=2, stagedAt="
                        + stagedAt(db) + ", stagedBy=" + owner + "}}]");
        assertThat(a.get("/v1/projects/" + p.id() + "/secrets", token).text()).doesNotContain("next-password-3");
    }

    @Test
    void deploy_refuses_a_version_whose_environment_lacks_a_value_of_a_secret_it_names() {
        Project p = project("deployenv", mongo(live));
        a.put("/v1/projects/" + p.id() + "/environments/staging", null, token).expect(201);
        String deploy = "/v1/workflows/" + p.workflowId() + "/deploy";

        ApiResponse refused =
                a.post(deploy, Map.of("environment", "staging"), token).expect(400);

        assertThat(refused.error()).isEqualTo("INVALID_WORKFLOW");
        assertThat(refused.text())
                .contains("nodes[1].data.secret", "secret 'db' has no value for the environment 'staging'");
        assertThat(a.post(deploy, Map.of("environment", "nowhere"), token)
                        .expect(400)
                        .error())
                .isEqualTo("INVALID_ENVIRONMENT");

        a.putSecret(token, p.id(), "db", with(mongo(next), "environment", "staging"))
                .expect(200);
        assertThat(a.post(deploy, Map.of("environment", "staging"), token)
                        .expect(200)
                        .map())
                .containsEntry("environment", "staging");

        assertThat(where(a.get(p.endpoint(), null))).isEqualTo("nextdb");
        Poll.until(
                BOUND,
                () -> b.get(p.endpoint(), null).text(),
                text -> text.contains("nextdb"),
                "the second instance to serve the staging version");
        assertThat(a.get("/v1/workflows/" + p.workflowId() + "/versions", token).text())
                .contains("\"environment\":\"staging\"");
        assertThat(a.delete("/v1/projects/" + p.id() + "/environments/staging", token)
                        .expect(409)
                        .error())
                .isEqualTo("ENVIRONMENT_IN_USE");
        assertThat(a.delete(p.secrets() + "?environment=staging", token)
                        .expect(409)
                        .error())
                .isEqualTo("SECRET_IN_USE");
        a.delete(p.secrets() + "?environment=test", token).expect(404);
    }

    @Test
    void environments_are_listed_added_within_the_limit_and_removed() {
        String id = a.newProject(token, "envlist");
        String base = "/v1/projects/" + id + "/environments";
        assertThat(a.put(base + "/staging", null, token).status()).isEqualTo(201);
        assertThat(a.put(base + "/staging", null, token).status()).isEqualTo(200);
        for (int i = 1; i <= 5; i++) {
            a.put(base + "/extra" + i, null, token).expect(201);
        }

        assertThat(a.put(base + "/one-more", null, token).expect(409).error()).isEqualTo("ENVIRONMENT_LIMIT");
        assertThat(a.put(base + "/Staging", null, token).expect(400).error()).isEqualTo("INVALID_ENVIRONMENT");
        assertThat(a.delete(base + "/live", token).expect(400).error()).isEqualTo("INVALID_ENVIRONMENT");
        List<Object> names = new ArrayList<>();
        for (Object e : a.get(base, token).expect(200).list()) {
            names.add(((Map<?, ?>) e).get("name"));
        }
        assertThat(names).containsExactly("live", "test", "staging", "extra1", "extra2", "extra3", "extra4", "extra5");

        a.delete(base + "/staging", token).expect(204);
        a.delete(base + "/staging", token).expect(404);
        assertThat(a.get("/v1/projects/" + id + "/audit", token).text())
                .contains("add-environment", "remove-environment");
    }

    private static Object stagedAt(Map<String, Object> db) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> environments = (List<Map<String, Object>>) db.get("environments");
        return ((Map<?, ?>) environments.get(2).get("staged")).get("stagedAt");
    }

    /** The project's audit entries, newest first, as "action version environment". */
    private List<String> actions(Project p) {
        List<String> out = new ArrayList<>();
        for (Object entry :
                a.get("/v1/projects/" + p.id() + "/audit", token).expect(200).list()) {
            Map<?, ?> e = (Map<?, ?>) entry;
            out.add(e.get("action") + " " + e.get("version") + " " + e.get("environment"));
        }
        return out;
    }
}
