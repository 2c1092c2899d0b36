package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.Jwts;
import io.dotportion.server.support.LogCapture;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.UserDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The secret canary test (issue 3): a jwt secret and a mongodb secret (a URL with a password) with unique
 * canary values are created, replaced and used by every node kind, deployed and in test runs, including
 * failures. Afterwards no canary appears in any HTTP answer, /v1 answer, system log line, console output,
 * execution log or trace, or in the bytes of any file of the data directory.
 *
 * <p>Answers are never rewritten (issue 8: masking them was an oracle), so a canary appears in exactly the
 * answers whose request or data carried it: an endpoint echoing a probe the caller sent, and one serving a
 * document of the user's own database that holds the URL. Those "echoes" must give it back unchanged, and are
 * the only answers allowed to hold it (a test run's echo in its {@code body}, never in its trace); every trace
 * and log still masks it. The tokens jwtGenerate issued are masked in every stored trace.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@PlatformTest(egressAllow = "127.0.0.1")
class SecretCanaryTest {
    private static final String HEX = HexFormat.of().formatHex(SecureRandom.getSeed(16));

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config ->
            config.withUserDatabases(MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofMillis(800))));
    /** The unchanging core of each canary: every form of a value (escaped, URL-encoded) contains it. */
    static final String JWT_CORE_1 = "jwtcanaryone" + HEX;

    static final String JWT_CORE_2 = "jwtcanarytwo" + HEX;
    static final String DB_CORE_1 = "dbcanaryone" + HEX;
    static final String DB_CORE_2 = "dbcanarytwo" + HEX;
    static final String JWT_1 = JWT_CORE_1 + "-\"q/\\é";
    static final String JWT_2 = JWT_CORE_2 + "-\"q/\\é";
    static final String DB_PASSWORD_1 = DB_CORE_1 + "-p@ss:/%";
    static final String DB_PASSWORD_2 = DB_CORE_2 + "-p@ss:/%";

    /** Started with the test instance, before the platform, so that its start-up is captured too. */
    private final LogCapture logs = LogCapture.start();

    private UserDatabase userDb;
    private RunningPlatform platform;
    private final List<ApiResponse> answers = new CopyOnWriteArrayList<>();
    /** Answers that give back what their request or the user's data carried (a canary among it). */
    private final List<ApiResponse> echoes = new CopyOnWriteArrayList<>();
    /** Tokens the login workflow issued: in its answers, masked in every stored trace. */
    private final List<String> issued = new CopyOnWriteArrayList<>();

    private ApiClient api;
    private String token;
    private String projectId;
    private String base;
    private final Map<String, String> workflows = new LinkedHashMap<>();
    private int runs;

    @BeforeAll
    void start(RunningPlatform platform) {
        this.platform = platform;
        userDb = new UserDatabase();
        userDb.collection("app", "users")
                .insertOne(new Document("email", "ada@example.com")
                        .append("password", "pw-ada")
                        .append("name", "Ada"));
        api = new ApiClient(platform.port(), answers::add);
        token = api.newUser("canary");
        projectId = api.newProject(token, "vault");
        base = "/api/" + api.username(token) + "/vault";
    }

    @AfterAll
    void stop() {
        platform.stop();
        userDb.close();
        logs.close();
    }

    @Test
    @Order(1)
    void secrets_are_created_and_answered_with_metadata_only() {
        Map<String, Object> jwt = api.putSecret(
                        token, projectId, "jwt", Map.of("type", "jwt", "value", JWT_1, "testUsesLive", true))
                .expect(201)
                .map();
        assertThat(jwt)
                .containsEntry("name", "jwt")
                .containsEntry("type", "jwt")
                .containsEntry("version", 1)
                .doesNotContainKey("value");
        api.putSecret(
                        token,
                        projectId,
                        "users_db",
                        Map.of(
                                "type",
                                "mongodb",
                                "value",
                                userDb.account("app", DB_PASSWORD_1, "app"),
                                "testUsesLive",
                                true))
                .expect(201);
        String down = "mongodb://app:" + UserDatabase.encode(DB_PASSWORD_1) + "@127.0.0.1:" + closedPort() + "/app";
        api.putSecret(token, projectId, "down_db", Map.of("type", "mongodb", "value", down, "testUsesLive", true))
                .expect(201);
        for (String name : List.of(
                "login.json",
                "me.json",
                "secrets/sign-probe.json",
                "secrets/script-error.json",
                "secrets/settings.json",
                "secrets/down.json")) {
            String id = api.newWorkflow(token, projectId, ApiClient.fixture(name));
            api.deploy(token, id);
            workflows.put(name, id);
        }
    }

    @Test
    @Order(2)
    void every_node_kind_uses_the_first_values_deployed_and_in_test_runs() {
        exercise(JWT_1, userDb.url("app", DB_PASSWORD_1, "app"));
    }

    @Test
    @Order(3)
    void replaced_values_are_used_by_the_next_requests_without_a_redeploy() {
        String oldToken = login().expect(200).map().get("token").toString();
        assertThat(api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", JWT_2))
                        .expect(200)
                        .map())
                .containsEntry("version", 2);
        String newUrl = userDb.account("app", DB_PASSWORD_2, "app");
        assertThat(api.putSecret(token, projectId, "users_db", Map.of("type", "mongodb", "value", newUrl))
                        .expect(200)
                        .map())
                .containsEntry("version", 2);
        userDb.revoke("app", DB_PASSWORD_1);
        assertThat(me(oldToken).status()).isEqualTo(401);
        exercise(JWT_2, newUrl);
    }

    @Test
    @Order(4)
    @SuppressWarnings("unchecked")
    void traces_show_the_secret_names_where_values_would_have_been() {
        List<Object> executions = executions();
        String all = Json.write(executions);
        assertThat(all)
                .contains("[secret:jwt]", "[secret:users_db]", "[redacted:authorization]", "[redacted:sign.token]");
        assertThat(issued).isNotEmpty();
        assertThat(all).doesNotContain(issued);
        Map<String, Object> signed = executions.stream()
                .map(e -> (Map<String, Object>) e)
                .filter(e -> workflows.get("secrets/sign-probe.json").equals(e.get("workflowId")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> shape = ((List<Map<String, Object>>) signed.get("trace"))
                .stream()
                        .filter(t -> "shape".equals(t.get("nodeId")))
                        .findFirst()
                        .orElseThrow();
        assertThat((Map<String, Object>) shape.get("output")).containsEntry("probe", "[secret:jwt]");
    }

    @Test
    @Order(5)
    void no_canary_appears_in_any_answer_log_trace_or_file() throws IOException {
        api.get("/v1/projects/" + projectId + "/secrets", token).expect(200);
        api.get("/v1/projects/" + projectId + "/audit", token).expect(200);
        executions();
        for (String id : workflows.values()) {
            api.get("/v1/workflows/" + id, token).expect(200);
            api.get("/v1/workflows/" + id + "/export", token).expect(200);
            api.get("/v1/workflows/" + id + "/versions", token).expect(200);
        }
        platform.stop();
        Path dataDir = platform.dataDir();

        List<String> forbidden = forbidden();
        for (ApiResponse answer : answers) {
            String text = answer.status() + " " + answer.headers() + " " + answer.text();
            assertThat(text).as("an HTTP answer").doesNotContain(forbidden);
        }
        assertThat(echoes).hasSize(2 * 6);
        for (ApiResponse echo : echoes) {
            assertThat(echo.headers().toString()).as("an echo's headers").doesNotContain(forbidden);
            if (echo.json() instanceof Map<?, ?> run && run.containsKey("trace")) {
                assertThat(Json.write(run.get("trace")))
                        .as("a test run's trace")
                        .doesNotContain(forbidden);
                assertThat(Json.write(run.get("headers"))).doesNotContain(forbidden);
            }
        }
        assertThat(logs.events()).isPositive();
        assertThat(logs.text()).as("the system log and console").doesNotContain(forbidden);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dataDir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("store.mv", "master.key");
        String store = new String(Files.readAllBytes(dataDir.resolve("store.mv")), StandardCharsets.ISO_8859_1);
        assertThat(store)
                .as("the store file holds the masked traces in plain bytes")
                .contains("[secret:jwt]");
        for (Path file : files) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String canary : forbidden) {
                for (byte[] form : List.of(
                        canary.getBytes(StandardCharsets.UTF_8),
                        canary.getBytes(StandardCharsets.UTF_16BE),
                        canary.getBytes(StandardCharsets.UTF_16LE))) {
                    assertThat(bytes).as(file.toString()).doesNotContain(new String(form, StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    /** Every kind of node, deployed and as test runs, with successes and failures. */
    private void exercise(String jwtValue, String usersUrl) {
        userDb.collection("app", "settings").deleteMany(new Document());
        userDb.collection("app", "settings").insertOne(new Document("url", usersUrl).append("note", "connection"));
        String userToken = login().expect(200).map().get("token").toString();
        issued.add(userToken);
        assertThat(post("/login", Map.of("email", "ada@example.com", "password", "nope"))
                        .status())
                .isEqualTo(401);
        assertThat(me(userToken).expect(200).map()).containsEntry("email", "ada@example.com");
        String forged = Jwts.hs256(
                "a-wrong-key-that-is-long-enough-for-hs256-0123",
                "x",
                Instant.now().plusSeconds(60));
        assertThat(me(forged).status()).isEqualTo(401);
        assertThat(me(Jwts.none("x")).status()).isEqualTo(401);
        Map<String, Object> signed = echo(post("/sign", Map.of("user", "ada", "probe", jwtValue)))
                .expect(200)
                .map();
        assertThat(signed).containsEntry("probe", jwtValue);
        ApiResponse boom = echo(post("/boom", Map.of("probe", jwtValue)));
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.error()).isEqualTo("EXECUTION_FAILED");
        assertThat(boom.map().get("message").toString()).contains("bad probe " + jwtValue + " after");
        Map<String, Object> settings = echo(get("/settings")).expect(200).map();
        assertThat(settings).containsEntry("url", usersUrl);
        ApiResponse down = get("/down");
        assertThat(down.status()).isEqualTo(502);
        assertThat(down.error()).isEqualTo("UPSTREAM_UNAVAILABLE");

        testRun("login.json", Map.of("body", Map.of("email", "ada@example.com", "password", "pw-ada")), 200);
        testRun("me.json", Map.of("headers", Map.of("Authorization", "Bearer " + userToken)), 200);
        testRun("me.json", Map.of("headers", Map.of("Authorization", "Bearer " + forged)), 401);
        echo(testRun("secrets/sign-probe.json", Map.of("body", Map.of("user", "ada", "probe", jwtValue)), 200));
        echo(testRun("secrets/script-error.json", Map.of("body", Map.of("probe", jwtValue)), 500));
        echo(testRun("secrets/settings.json", Map.of(), 200));
        testRun("secrets/down.json", Map.of(), 502);
    }

    private ApiResponse login() {
        return post("/login", Map.of("email", "ada@example.com", "password", "pw-ada"));
    }

    private ApiResponse me(String userToken) {
        runs++;
        return api.raw("GET", base + "/me", null, null, Map.of("Authorization", "Bearer " + userToken));
    }

    private ApiResponse post(String path, Object body) {
        runs++;
        return api.post(base + path, body, null);
    }

    private ApiResponse get(String path) {
        runs++;
        return api.get(base + path, null);
    }

    private ApiResponse testRun(String workflow, Map<String, Object> sample, int status) {
        runs++;
        ApiResponse answer = api.post("/v1/workflows/" + workflows.get(workflow) + "/test-run", sample, token);
        assertThat(answer.expect(200).map()).as(workflow).containsEntry("status", status);
        return answer;
    }

    /** Marks an answer as an echo of what its request or the user's data carried. */
    private ApiResponse echo(ApiResponse answer) {
        answers.remove(answer);
        echoes.add(answer);
        return answer;
    }

    private List<Object> executions() {
        String url = "/v1/projects/" + projectId + "/executions?limit=500";
        return Poll.until(
                Duration.ofSeconds(15),
                () -> api.get(url, token).expect(200).list(),
                l -> l.size() >= runs,
                runs + " runs in the execution list");
    }

    private List<String> forbidden() {
        List<String> all = new ArrayList<>();
        for (String core : List.of(JWT_CORE_1, JWT_CORE_2, DB_CORE_1, DB_CORE_2)) {
            all.add(core);
            all.add(core.substring(0, core.length() - 8));
        }
        for (String value : List.of(JWT_1, JWT_2, DB_PASSWORD_1, DB_PASSWORD_2)) {
            all.add(value);
            String escaped = Json.write(value);
            all.add(escaped.substring(1, escaped.length() - 1));
            all.add(UserDatabase.encode(value));
        }
        all.add(userDb.url("app", DB_PASSWORD_1, "app"));
        all.add(userDb.url("app", DB_PASSWORD_2, "app"));
        return all;
    }

    private int closedPort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
