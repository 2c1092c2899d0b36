package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.egress.AllowList;
import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressRules;
import io.dotportion.core.egress.HostResolver;
import io.dotportion.core.egress.StoreEndpoints;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MongoUrlValidationTest {
    private static final int STORE_PORT = 40_017;
    private final MongoUrlCheck check = new MongoUrlCheck(new EgressRules(
            AllowList.parse("127.0.0.1"),
            StoreEndpoints.of(List.of(new StoreEndpoints.Endpoint("127.0.0.1", STORE_PORT))),
            HostResolver.system()));
    private final MongoUrlCheck strict = new MongoUrlCheck(new EgressRules(
            AllowList.none(),
            StoreEndpoints.of(List.of(new StoreEndpoints.Endpoint("127.0.0.1", STORE_PORT))),
            HostResolver.system()));

    @Test
    void valid_urls_pass_including_srv_without_a_network_lookup() {
        assertThat(check.problem("mongodb://user:p%40ss@db1.example.com:27017,db2.example.com/shop?replicaSet=rs0"))
                .isEmpty();
        assertThat(check.problem("mongodb://127.0.0.1:27017")).isEmpty();
        assertThat(check.problem("mongodb+srv://user:secret@cluster0.nonexistent.invalid/shop"))
                .isEmpty();
        assertThat(check.problem("mongodb://u:p@8.8.8.8:27017/db?authMechanism=SCRAM-SHA-256"))
                .isEmpty();
    }

    @Test
    void invalid_urls_are_rejected_with_a_reason_that_never_echoes_them() {
        List<String> invalid = List.of(
                "postgres://user:Canary-Pw-771@host/db",
                "mongodb://user:Canary-Pw-771@",
                "mongodb://user:Canary:Pw-771@host/db",
                "mongodb://user:Canary-Pw-771@host:99999/db",
                "mongodb://user:Canary-Pw-771@host/db?w=Canary-Pw-771&wtimeoutMS=Canary-Pw-771",
                "mongodb+srv://user:Canary-Pw-771@host:27017/db",
                "mongodb://user:Canary Pw-771@host/db",
                "mongodb://user:pw@host/db?authMechanism=Canary-Mech-771",
                "mongodb://user:pw@host/db?authMechanism=GSSAPI&authMechanismProperties=Canary:771",
                "mongodb://user:pw@host/db?readPreferenceTags=Canary-771",
                "mongodb://user:pw@host/db?compressors=Canary-771",
                "mongodb://user:pw@host/db?maxPoolSize=Canary-771",
                "mongodb://user:pw@[Canary-771/db");
        for (String url : invalid) {
            assertThat(check.problem(url))
                    .as(url)
                    .hasValueSatisfying(reason -> assertThat(reason)
                            .doesNotContain("Canary")
                            .doesNotContain("771")
                            .doesNotContain(url)
                            .doesNotContain("'"));
        }
    }

    @Test
    void an_unknown_auth_mechanism_is_named_as_the_problem_without_its_value() {
        assertThat(check.problem("mongodb://u:p@host/db?authMechanism=Canary-Mech-771"))
                .hasValue("unsupported authMechanism");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GSSAPI", "MONGODB-AWS", "MONGODB-X509", "MONGODB-OIDC"})
    void mechanisms_that_use_the_platforms_identity_are_refused(String mechanism) {
        String user = mechanism.equals("MONGODB-X509") ? "CN%3Dx@" : mechanism.equals("MONGODB-OIDC") ? "u@" : "u:p@";
        String source = mechanism.equals("GSSAPI") ? "" : "&authSource=%24external";
        assertThat(check.problem("mongodb://" + user + "db.example.com/db?authMechanism=" + mechanism + source))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("unsupported authMechanism"));
    }

    @Test
    void proxies_and_unix_sockets_are_refused() {
        assertThat(check.problem("mongodb://db.example.com/db?proxyHost=10.0.0.1&proxyPort=1080"))
                .hasValue("proxy options are not allowed");
        assertThat(check.problem("mongodb://%2Ftmp%2Fmongodb-27017.sock/db")).hasValue("Unix sockets are not allowed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "localhost",
                "2130706433",
                "[::1]",
                "[::ffff:127.0.0.1]",
                "0.0.0.0",
                "10.0.0.5",
                "172.16.3.4",
                "192.168.0.10",
                "100.64.1.1",
                "169.254.169.254",
                "[fe80::1]",
                "[fd00::1]",
                "[::ffff:169.254.169.254]",
                "[64:ff9b::a9fe:a9fe]"
            })
    void restricted_hosts_are_refused_at_save_without_an_allow_list(String host) {
        assertThat(strict.problem("mongodb://u:p@" + host + ":27017/db")).hasValue(EgressDecision.REFUSED_MESSAGE);
    }

    @Test
    void one_restricted_host_among_several_is_enough_to_refuse() {
        assertThat(strict.problem("mongodb://8.8.8.8:27017,10.0.0.1:27017/db?replicaSet=rs"))
                .hasValue(EgressDecision.REFUSED_MESSAGE);
    }

    @Test
    void an_srv_url_is_refused_when_its_record_names_a_restricted_target() {
        HostResolver dns = new HostResolver() {
            @Override
            public List<java.net.InetAddress> resolve(String host) throws java.net.UnknownHostException {
                return List.of(java.net.InetAddress.getAllByName(host));
            }

            @Override
            public List<ServiceTarget> services(String name) {
                return switch (name) {
                    case "_mongodb._tcp.inside.example.com" ->
                        List.of(new ServiceTarget("8.8.8.8", 27017), new ServiceTarget("10.0.0.8", 27017));
                    case "_custom._tcp.inside.example.com" -> List.of(new ServiceTarget("169.254.169.254", 80));
                    case "_mongodb._tcp.outside.example.com" -> List.of(new ServiceTarget("8.8.8.8", 27017));
                    default -> List.of();
                };
            }
        };
        MongoUrlCheck srv = new MongoUrlCheck(new EgressRules(AllowList.none(), StoreEndpoints.none(), dns));

        assertThat(srv.problem("mongodb+srv://u:p@inside.example.com/db")).hasValue(EgressDecision.REFUSED_MESSAGE);
        assertThat(srv.problem("mongodb+srv://u:p@inside.example.com/db?srvServiceName=custom"))
                .hasValue(EgressDecision.REFUSED_MESSAGE);
        assertThat(srv.problem("mongodb+srv://u:p@outside.example.com/db")).isEmpty();
        assertThat(srv.problem("mongodb+srv://u:p@unknown.example.com/db")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "[::ffff:127.0.0.1]", "2130706433"})
    void the_platform_store_is_refused_even_with_loopback_allowed(String host) {
        assertThat(check.problem("mongodb://" + host + ":" + STORE_PORT + "/dotportion"))
                .hasValue(EgressDecision.REFUSED_MESSAGE);
    }
}
