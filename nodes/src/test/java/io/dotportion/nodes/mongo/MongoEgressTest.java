package io.dotportion.nodes.mongo;

import static io.dotportion.nodes.mongo.MongoNodes.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.egress.AllowList;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.egress.EgressRules;
import io.dotportion.core.egress.HostResolver;
import io.dotportion.core.egress.StoreEndpoints;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mongodb node reaches only what the egress policy allows, at open and at every later connection. */
class MongoEgressTest {
    private static MongoTestServer server;

    @BeforeAll
    static void start() {
        server = new MongoTestServer();
        server.collection("db", "users").insertOne(new Document("name", "ada"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static NodeOutcome count(EgressPolicy policy, String url) {
        try (MongoClientPool pool = new MongoClientPool(
                MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofMillis(500)), policy)) {
            return MongoNodes.compile(
                            new MongoDbNode(pool),
                            "{\"secret\": \"users_db\", \"collection\": \"users\", " + "\"operation\": \"count\"}")
                    .execute(FakeNodeContext.create().withSecret(new Secret(MongoNodes.SECRET, 1, url.toCharArray())));
        }
    }

    private static void assertRefused(NodeOutcome outcome) {
        NodeError error = failure(outcome).error();
        assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(error.message())
                .startsWith("database unreachable: ")
                .doesNotContain("127.0.0.1")
                .doesNotContain(String.valueOf(server.port()))
                .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+(Exception|Error)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "2130706433", "[::ffff:127.0.0.1]", "127.1", "0.0.0.0"})
    void a_local_database_is_refused_without_an_allow_list(String host) {
        assertRefused(count(EgressRules.allowing(""), "mongodb://" + host + ":" + server.port() + "/db"));
    }

    @Test
    void a_local_database_on_the_allow_list_is_reached() {
        assertThat(MongoNodes.output(count(EgressRules.allowing("127.0.0.1:" + server.port()), server.url("db"))))
                .isEqualTo(Map.of("count", 1L));
    }

    @Test
    void an_allowed_host_on_another_port_is_refused() {
        assertRefused(count(EgressRules.allowing("127.0.0.1:" + (server.port() + 1)), server.url("db")));
    }

    @Test
    void the_platform_store_is_refused_even_with_loopback_allowed() {
        EgressPolicy policy = new EgressRules(
                AllowList.parse("127.0.0.0/8"),
                StoreEndpoints.of(List.of(new StoreEndpoints.Endpoint("127.0.0.1", server.port()))),
                HostResolver.system());

        assertRefused(count(policy, "mongodb://localhost:" + server.port() + "/db"));
    }

    @Test
    void the_driver_connects_only_to_the_addresses_the_policy_answered() {
        EgressPolicy policy = (host, ports) -> host.equals("db.example.test")
                ? new EgressDecision.Allowed(List.of(InetAddress.getLoopbackAddress()))
                : new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS);

        assertThat(MongoNodes.output(count(policy, "mongodb://db.example.test:" + server.port() + "/db")))
                .isEqualTo(Map.of("count", 1L));
    }

    @Test
    void a_name_that_rebinds_to_a_refused_address_is_refused_at_the_next_connection() throws Exception {
        AtomicReference<EgressDecision> answer =
                new AtomicReference<>(new EgressDecision.Allowed(List.of(InetAddress.getLoopbackAddress())));
        EgressResolver resolver =
                new EgressResolver((host, ports) -> answer.get(), Map.of("db.example.test", Set.of(27017)));

        assertThat(resolver.lookupByName("db.example.test")).containsExactly(InetAddress.getLoopbackAddress());
        answer.set(new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resolver.lookupByName("db.example.test"))
                .isInstanceOf(UnknownHostException.class);
        assertThat(resolver.refusedOnce()).isTrue();
    }

    @Test
    void hosts_the_url_does_not_name_are_checked_on_an_unknown_port() throws Exception {
        AtomicReference<Set<Integer>> asked = new AtomicReference<>();
        EgressResolver resolver = new EgressResolver(
                (host, ports) -> {
                    asked.set(ports);
                    return new EgressDecision.Allowed(List.of(InetAddress.getLoopbackAddress()));
                },
                Map.of("seed.example.test", Set.of(27017)));

        resolver.lookupByName("member.example.test");

        assertThat(asked.get()).containsExactly(EgressPolicy.ANY_PORT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?proxyHost=127.0.0.1&proxyPort=1080",
                "?authMechanism=GSSAPI",
                "?authMechanism=MONGODB-AWS",
                "?authMechanism=MONGODB-X509"
            })
    void proxies_and_platform_identity_mechanisms_are_refused_at_run_time(String options) {
        String user = options.contains("X509") ? "CN=x@" : options.contains("proxy") ? "" : "u:p@";
        NodeError error = failure(count(
                        EgressRules.allowing("127.0.0.1"),
                        "mongodb://" + user + "127.0.0.1:" + server.port() + "/db" + options))
                .error();

        assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(error.message()).doesNotContain("127.0.0.1").doesNotContain("1080");
    }
}
