package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tenants' connections go through the egress policy: the platform's own store is refused whatever the
 * allow-list, restricted addresses are refused unless allowed, at save (400) and at run time (502), and no
 * answer or trace names the host, the port or a Java class.
 */
class EgressPolicyTest {
    private static final String CLASS_NAME = "(com|java|io|de|org)\\.[a-z]+\\.[A-Za-z.]*[A-Z][A-Za-z]+";

    @TempDir
    static Path dir;

    static EmbeddedMongo store;
    static UserDatabase userDb;

    @BeforeAll
    static void start() {
        store = EmbeddedMongo.start(dir.resolve("store"), 0);
        userDb = new UserDatabase();
        userDb.collection("shop", "items").insertOne(new Document("name", "pen"));
    }

    @AfterAll
    static void stop() {
        store.close();
        userDb.close();
    }

    /** A platform on the shared store (one data directory, so one master key, for all of them). */
    private static Platform platform(String allow) {
        return Platform.start(PlatformConfig.forTests(dir.resolve("platform"))
                .withMongoUrl(store.connectionString())
                .withEgressAllow(allow)
                .withUserDatabases(MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofSeconds(1))));
    }

    private static ApiResponse putMongo(ApiClient api, String token, String project, String url) {
        return api.putSecret(token, project, "db", Map.of("type", "mongodb", "value", url));
    }

    private static void assertRefusedAtSave(ApiResponse answer, String host, int port) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("INVALID_SECRET_VALUE");
        assertThat(answer.text())
                .contains("not an allowed destination")
                .doesNotContain(String.valueOf(port))
                .doesNotContain(host.replace("[", "").replace("]", ""))
                .doesNotContainPattern(CLASS_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "2130706433", "0.0.0.0", "[::1]"})
    void a_secret_at_the_platform_store_is_refused_even_when_loopback_is_allowed(String host) {
        try (Platform platform = platform("127.0.0.0/8,::1,0.0.0.0,localhost")) {
            ApiClient api = new ApiClient(platform.port());
            String token = api.newUser("tenant");
            String project = api.newProject(token, "steal");

            assertRefusedAtSave(
                    putMongo(api, token, project, "mongodb://" + host + ":" + store.port() + "/dotportion"),
                    host,
                    store.port());
        }
    }

    @Test
    void restricted_hosts_are_refused_at_save_without_an_allow_list() {
        List<String> hosts = List.of(
                "127.0.0.1",
                "127.0.0.2",
                "localhost",
                "2130706433",
                "0.0.0.0",
                "[::1]",
                "[::]",
                "[::ffff:127.0.0.1]",
                "[::ffff:10.0.0.1]",
                "10.0.0.5",
                "172.16.0.9",
                "192.168.1.20",
                "100.64.0.3",
                "169.254.169.254",
                "[::ffff:169.254.169.254]",
                "169.254.10.10",
                "[fe80::1]",
                "[fc00::5]",
                "[fd12::7]",
                "224.0.0.1",
                "255.255.255.255");
        try (Platform platform = platform(null)) {
            ApiClient api = new ApiClient(platform.port());
            String token = api.newUser("tenant");
            String project = api.newProject(token, "strict");
            for (String host : hosts) {
                assertRefusedAtSave(
                        putMongo(api, token, project, "mongodb://u:pw@" + host + ":27017/shop"), host, 27017);
            }
        }
    }

    @Test
    void an_allowed_host_and_port_is_reached_and_its_neighbour_port_is_not() {
        try (Platform platform = platform("127.0.0.1:" + userDb.port())) {
            ApiClient api = new ApiClient(platform.port());
            String token = api.newUser("tenant");
            String project = api.newProject(token, "allowed");
            putMongo(api, token, project, userDb.account("shop", "shop-pw", "shop"))
                    .expect(201);
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            project,
                            Workflows.single(
                                    "Count",
                                    "GET",
                                    "/count",
                                    "mongodb",
                                    Map.of("secret", "db", "collection", "items", "operation", "count"),
                                    200)));

            assertThat(api.get("/api/" + api.username(token) + "/allowed/count", null)
                            .expect(200)
                            .map())
                    .containsEntry("count", 1);
            assertRefusedAtSave(
                    api.putSecret(
                            token,
                            project,
                            "other",
                            Map.of("type", "mongodb", "value", "mongodb://127.0.0.1:" + (userDb.port() + 1) + "/shop")),
                    "127.0.0.1",
                    userDb.port() + 1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_stored_secret_the_policy_now_refuses_is_a_502_that_names_no_host_port_or_class() {
        String owner;
        String project;
        String token;
        try (Platform before = platform("127.0.0.1")) {
            ApiClient api = new ApiClient(before.port());
            token = api.newUser("tenant");
            owner = api.username(token);
            project = api.newProject(token, "later");
            putMongo(api, token, project, userDb.account("shop", "shop-pw", "shop"))
                    .expect(201);
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            project,
                            Workflows.single(
                                    "Count",
                                    "GET",
                                    "/count",
                                    "mongodb",
                                    Map.of("secret", "db", "collection", "items", "operation", "count"),
                                    200)));
            api.get("/api/" + owner + "/later/count", null).expect(200);
        }
        try (Platform after = platform(null)) {
            ApiClient api = new ApiClient(after.port());
            ApiResponse answer = api.get("/api/" + owner + "/later/count", null);
            assertThat(answer.status()).isEqualTo(502);
            assertThat(answer.error()).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertNamesNothing(answer.text());

            ApiResponse explorer = api.get("/v1/projects/" + project + "/data/external/db/collections", token);
            assertThat(explorer.status()).isEqualTo(502);
            assertThat(explorer.error()).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertNamesNothing(explorer.text());

            List<Object> executions = Poll.until(
                    Duration.ofSeconds(15),
                    () -> api.get("/v1/projects/" + project + "/executions", token)
                            .expect(200)
                            .list(),
                    l -> l.stream()
                            .anyMatch(e ->
                                    ((Map<String, Object>) e).get("httpStatus").equals(502)),
                    "a run answered 502 in the execution list");
            Object nodeError = executions.stream()
                    .map(e -> (List<Map<String, Object>>) ((Map<String, Object>) e).get("trace"))
                    .flatMap(List::stream)
                    .filter(entry -> "mongodb".equals(entry.get("type")))
                    .map(entry -> entry.get("error"))
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElseThrow();
            assertNamesNothing(String.valueOf(nodeError));
        }
    }

    private static void assertNamesNothing(String text) {
        assertThat(text)
                .contains("not an allowed destination")
                .doesNotContain("127.0.0.1")
                .doesNotContain(String.valueOf(userDb.port()))
                .doesNotContain(String.valueOf(store.port()))
                .doesNotContain("localhost")
                .doesNotContainPattern(CLASS_NAME)
                .doesNotContain("Exception");
    }
}
