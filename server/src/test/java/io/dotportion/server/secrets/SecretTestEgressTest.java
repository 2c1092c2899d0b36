package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The secret test connects through the egress policy: a secret saved while the operator allowed its address
 * tests "refused by egress policy" once the allow-list no longer has it, naming no host or port.
 */
class SecretTestEgressTest {
    @TempDir
    static Path dir;

    static EmbeddedMongo store;
    static UserDatabase userDb;

    @BeforeAll
    static void start() {
        store = EmbeddedMongo.start(dir.resolve("store"), 0);
        userDb = new UserDatabase();
    }

    @AfterAll
    static void stop() {
        store.close();
        userDb.close();
    }

    private static Platform platform(String allow) {
        return Platform.start(PlatformConfig.forTests(dir.resolve("platform"))
                .withMongoUrl(store.connectionString())
                .withEgressAllow(allow)
                .withUserDatabases(MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofSeconds(1))));
    }

    @Test
    void a_secret_the_policy_refuses_tests_refused_by_egress_policy() {
        String token;
        String project;
        try (Platform before = platform("127.0.0.1")) {
            ApiClient api = new ApiClient(before.port());
            token = api.newUser("tenant");
            project = api.newProject(token, "egress");
            api.putSecret(
                            token,
                            project,
                            "db",
                            Map.of("type", SecretType.MONGODB.id(), "value", userDb.account("shop", "shop-pw", "shop")))
                    .expect(201);
            assertThat(api.post("/v1/projects/" + project + "/secrets/db/test", null, token)
                            .expect(200)
                            .map())
                    .isEqualTo(Map.of("ok", true));
        }
        try (Platform after = platform(null)) {
            ApiClient api = new ApiClient(after.port());

            ApiResponse answer = api.post("/v1/projects/" + project + "/secrets/db/test", null, token)
                    .expect(200);

            assertThat(answer.map()).isEqualTo(Map.of("ok", false, "reason", "refused by egress policy"));
            assertThat(answer.text())
                    .doesNotContain("127.0.0.1")
                    .doesNotContain(String.valueOf(userDb.port()))
                    .doesNotContain("shop-pw");
        }
    }
}
