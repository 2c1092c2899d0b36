package io.dotportion.core.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EgressRulesTest {
    private static final int STORE_PORT = 41_234;
    private final FakeResolver dns = new FakeResolver();

    private EgressRules rules(String allow) {
        return new EgressRules(
                AllowList.parse(allow),
                StoreEndpoints.of(List.of(new StoreEndpoints.Endpoint("127.0.0.1", STORE_PORT))),
                dns);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.1",
                "127.255.255.254",
                "2130706433",
                "0.0.0.0",
                "0",
                "::1",
                "[::1]",
                "::",
                "::ffff:127.0.0.1",
                "[::ffff:7f00:1]",
                "::ffff:10.0.0.1",
                "::ffff:169.254.169.254",
                "64:ff9b::7f00:1",
                "2002:7f00:1::",
                "2002:a00:1::1",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "100.64.0.1",
                "100.127.255.254",
                "169.254.169.254",
                "169.254.1.1",
                "fe80::1",
                "fc00::1",
                "fd12:3456::1",
                "fec0::1",
                "224.0.0.1",
                "239.255.255.250",
                "ff02::1",
                "255.255.255.255",
                "240.0.0.1",
                "198.18.0.1",
                "192.0.0.8",
                "2001:0:4136:e378:8000:63bf:3fff:fdd2"
            })
    void restricted_addresses_are_refused_without_an_allow_list(String host) {
        assertThat(rules("").check(host, 27017))
                .isEqualTo(new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"})
    void public_addresses_are_allowed(String host) {
        assertThat(rules("").check(host, 27017)).isInstanceOf(EgressDecision.Allowed.class);
    }

    @Test
    void localhost_is_refused_because_it_resolves_to_loopback() {
        assertThat(new EgressRules(AllowList.none(), StoreEndpoints.none(), HostResolver.system())
                        .check("localhost", 27017))
                .isEqualTo(new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS));
    }

    @Test
    void a_name_is_refused_when_any_of_its_addresses_is_restricted() {
        dns.answer("db.example.com", "8.8.8.8", "10.0.0.7");
        assertThat(rules("").check("db.example.com", 27017)).isInstanceOf(EgressDecision.Refused.class);
    }

    @Test
    void an_allowed_name_returns_exactly_the_addresses_that_were_checked() {
        dns.answer("db.example.com", "8.8.8.8", "8.8.4.4");
        assertThat(rules("").check("DB.example.com.", 27017))
                .isEqualTo(new EgressDecision.Allowed(List.of(address("8.8.8.8"), address("8.8.4.4"))));
    }

    @Test
    void a_name_that_rebinds_to_loopback_is_refused_at_the_next_check() {
        dns.answerInTurn("rebind.example.com", "8.8.8.8", "127.0.0.1");
        EgressRules rules = rules("");
        assertThat(rules.check("rebind.example.com", 27017)).isInstanceOf(EgressDecision.Allowed.class);
        assertThat(rules.check("rebind.example.com", 27017)).isInstanceOf(EgressDecision.Refused.class);
    }

    @Test
    void a_name_that_does_not_resolve_is_unresolved_not_refused() {
        assertThat(rules("").check("nowhere.example.com", 27017)).isEqualTo(new EgressDecision.Unresolved());
    }

    @Test
    void an_allowed_address_block_opens_restricted_addresses_in_it() {
        EgressRules rules = rules("10.1.0.0/16, 127.0.0.1");
        assertThat(rules.check("10.1.200.3", 27017)).isInstanceOf(EgressDecision.Allowed.class);
        assertThat(rules.check("10.2.0.1", 27017)).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.check("127.0.0.1", 27017)).isInstanceOf(EgressDecision.Allowed.class);
        assertThat(rules.check("::ffff:127.0.0.1", 27017)).isInstanceOf(EgressDecision.Allowed.class);
    }

    @Test
    void an_allowed_host_and_port_opens_that_port_only() {
        EgressRules rules = rules("127.0.0.1:27018,[::1]:27019");
        assertThat(rules.check("127.0.0.1", 27018)).isInstanceOf(EgressDecision.Allowed.class);
        assertThat(rules.check("127.0.0.1", 27017)).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.check("127.0.0.1", EgressPolicy.ANY_PORT)).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.check("::1", 27019)).isInstanceOf(EgressDecision.Allowed.class);
    }

    @Test
    void an_allowed_name_opens_what_it_resolves_to_under_that_name_only() {
        dns.answer("db.internal", "10.9.9.9");
        dns.answer("other.internal", "10.9.9.9");
        EgressRules rules = rules("db.internal:27017");
        assertThat(rules.check("db.internal", 27017)).isInstanceOf(EgressDecision.Allowed.class);
        assertThat(rules.check("db.internal", 27018)).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.check("other.internal", 27017)).isInstanceOf(EgressDecision.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "0.0.0.0", "::1", "::ffff:127.0.0.1", "2130706433", "localhost"})
    void the_platform_store_is_refused_even_when_its_address_is_allowed(String host) {
        dns.answer("localhost", "127.0.0.1");
        assertThat(rules("127.0.0.0/8,::1,0.0.0.0,localhost").check(host, STORE_PORT))
                .isEqualTo(new EgressDecision.Refused(EgressDecision.Reason.PLATFORM_STORE));
    }

    @Test
    void the_platform_store_is_refused_when_the_port_is_not_known() {
        assertThat(rules("127.0.0.1").check("127.0.0.1", EgressPolicy.ANY_PORT))
                .isEqualTo(new EgressDecision.Refused(EgressDecision.Reason.PLATFORM_STORE));
    }

    @Test
    void a_remote_platform_store_is_refused_by_any_name_that_resolves_to_it() {
        dns.answer("store.internal", "10.0.0.9");
        dns.answer("alias.internal", "10.0.0.9");
        EgressRules rules = new EgressRules(
                AllowList.parse("10.0.0.0/8"),
                StoreEndpoints.of(List.of(new StoreEndpoints.Endpoint("store.internal", 27017))),
                dns);
        assertThat(rules.check("alias.internal", 27017)).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.check("10.0.0.9", 27017)).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.check("10.0.0.9", 27018)).isInstanceOf(EgressDecision.Allowed.class);
    }

    @Test
    void another_port_on_an_allowed_loopback_is_not_the_store() {
        assertThat(rules("127.0.0.1").check("127.0.0.1", STORE_PORT + 1)).isInstanceOf(EgressDecision.Allowed.class);
    }

    @Test
    void an_srv_record_is_refused_when_any_target_is_restricted_or_the_store() {
        dns.answer("a.cluster.example.com", "8.8.8.8");
        dns.answer("b.cluster.example.com", "10.1.1.1");
        dns.services(
                "_mongodb._tcp.bad.example.com",
                new HostResolver.ServiceTarget("a.cluster.example.com", 27017),
                new HostResolver.ServiceTarget("b.cluster.example.com", 27017));
        dns.services("_mongodb._tcp.store.example.com", new HostResolver.ServiceTarget("127.0.0.1", STORE_PORT));
        dns.services("_mongodb._tcp.good.example.com", new HostResolver.ServiceTarget("a.cluster.example.com", 27017));
        EgressRules rules = rules("127.0.0.1");

        assertThat(rules.checkService("_mongodb._tcp.bad.example.com")).isInstanceOf(EgressDecision.Refused.class);
        assertThat(rules.checkService("_mongodb._tcp.store.example.com"))
                .isEqualTo(new EgressDecision.Refused(EgressDecision.Reason.PLATFORM_STORE));
        assertThat(rules.checkService("_mongodb._tcp.good.example.com")).isInstanceOf(EgressDecision.Allowed.class);
        assertThat(rules.checkService("_mongodb._tcp.none.example.com")).isEqualTo(new EgressDecision.Unresolved());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "not a host", "db:0", "db:x", "[::1]:99999", "1.2.3.4/x"})
    void malformed_allow_list_entries_are_refused_with_the_entry_named(String entry) {
        assertThatThrownBy(() -> AllowList.parse(entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'");
    }

    private static InetAddress address(String literal) {
        return AddressLiterals.parse(literal).orElseThrow();
    }

    /** Answers names from a table (in turn, when several answers are queued) and literals as themselves. */
    private static final class FakeResolver implements HostResolver {
        private final Map<String, Deque<List<InetAddress>>> answers = new HashMap<>();
        private final Map<String, List<ServiceTarget>> services = new HashMap<>();

        void services(String name, ServiceTarget... targets) {
            services.put(name, List.of(targets));
        }

        @Override
        public List<ServiceTarget> services(String name) {
            return services.getOrDefault(name, List.of());
        }

        void answer(String name, String... addresses) {
            answers.put(
                    name,
                    new ArrayDeque<>(List.of(List.of(addresses).stream()
                            .map(EgressRulesTest::address)
                            .toList())));
        }

        void answerInTurn(String name, String... addresses) {
            Deque<List<InetAddress>> queue = new ArrayDeque<>();
            for (String a : addresses) {
                queue.add(List.of(address(a)));
            }
            answers.put(name, queue);
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            Deque<List<InetAddress>> queue = answers.get(host);
            if (queue != null) {
                return queue.size() > 1 ? queue.poll() : queue.peek();
            }
            if (host.matches("[0-9.]+") || host.contains(":")) { // literals: the JDK parses them, no lookup
                return List.of(InetAddress.getAllByName(host));
            }
            return AddressLiterals.parse(host).map(List::of).orElseThrow(() -> new UnknownHostException("unknown"));
        }

        @Override
        public boolean local(InetAddress address) {
            return address.isLoopbackAddress() || address.isAnyLocalAddress();
        }
    }
}
