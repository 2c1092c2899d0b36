package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.mongo.MongoDbNode;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.PrometheusSamples;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.support.Workflows;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A tenant's own MongoDB: its client's pool and commands in the metrics, by project id, never by URL or host. */
@PlatformTest(egressAllow = "127.0.0.1")
class TenantMongoMetricsTest {
    private final UserDatabase userDb = new UserDatabase();
    private final ApiClient api;
    private final String projectId;
    private final String otherProjectId;
    private final String base;

    TenantMongoMetricsTest(SignedUpUser user) {
        api = user.api();
        String token = user.token();
        projectId = user.newProject("tenant-db");
        otherProjectId = user.newProject("quiet");
        base = user.base("tenant-db");
        api.putSecret(
                        token,
                        projectId,
                        "users_db",
                        Map.of(
                                "type",
                                SecretType.MONGODB.id(),
                                "value",
                                userDb.account("metrics", "metrics-pw", "shop")))
                .expect(201);
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.single(
                                "Count",
                                "GET",
                                "/count",
                                MongoDbNode.ID,
                                Map.of("secret", "users_db", "collection", "items", "operation", "count"),
                                200)));
    }

    @AfterAll
    void stop() {
        userDb.close();
    }

    @Test
    void a_tenant_client_shows_its_pool_and_commands_under_its_project_id() {
        api.get(base + "/count", null).expect(200);
        api.get(base + "/count", null).expect(200);

        String text = api.get("/metrics", null).expect(200).text();
        PrometheusSamples parsed = PrometheusSamples.parse(text);
        Map<String, String> tenant = Map.of("client", "tenant", "project", projectId);
        assertThat(parsed.sum("mongodb_driver_pool_size", tenant)).isPositive();
        assertThat(parsed.sum(
                        "mongodb_driver_commands_seconds_count",
                        Map.of("client", "tenant", "project", projectId, "command", "aggregate", "status", "SUCCESS")))
                .isEqualTo(2);
        assertThat(parsed.sum("mongodb_driver_pool_size", Map.of("project", otherProjectId)))
                .isZero();
        assertThat(text)
                .doesNotContain("metrics-pw")
                .doesNotContain("mongodb://")
                .doesNotContain(":" + userDb.port())
                .doesNotContain("127.0.0.1");
    }
}
