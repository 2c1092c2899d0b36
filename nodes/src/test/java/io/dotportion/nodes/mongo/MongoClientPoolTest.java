package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One client per secret version, reused; a new version takes over and the old client closes after its work. */
class MongoClientPoolTest {
    private static MongoTestServer server;
    private final TestClock clock = TestClock.standing();
    private final MongoClientPool pool = new MongoClientPool(
            MongoPoolSettings.defaults().withIdleTimeout(Duration.ofMinutes(5)),
            MongoTestServer.LOOPBACK_ALLOWED,
            clock);

    @BeforeAll
    static void start() {
        server = new MongoTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    private Secret version(int version) {
        return new Secret("users_db", version, server.url("appdb").toCharArray());
    }

    private Secret value(int version, String environment, boolean staged) {
        return new Secret(
                "users_db", version, environment, staged, server.url("appdb").toCharArray());
    }

    @Test
    void the_values_of_other_environments_and_staged_values_never_retire_the_live_client() {
        ClientLease live = pool.acquire("p1", value(1, "live", false));
        live.close();
        try (var test = pool.acquire("p1", value(2, "test", false));
                var staged = pool.acquire("p1", value(3, "live", true))) {
            assertThat(test.client()).isNotSameAs(staged.client());
        }

        try (var again = pool.acquire("p1", value(1, "live", false))) {
            assertThat(again.client()).isSameAs(live.client());
            assertThat(count(again)).isZero();
        }
        assertThat(pool.openClients()).isEqualTo(3);
    }

    private static long count(ClientLease lease) {
        return lease.client().getDatabase("appdb").getCollection("items").countDocuments();
    }

    @Test
    void the_same_version_reuses_one_client_across_requests() {
        try (var first = pool.acquire("p1", version(1));
                var second = pool.acquire("p1", version(1))) {
            assertThat(second.client()).isSameAs(first.client());
        }
        try (var later = pool.acquire("p1", version(1))) {
            assertThat(pool.openClients()).isEqualTo(1);
            assertThat(later.defaultDatabase()).contains("appdb");
        }
    }

    @Test
    void a_new_version_gets_a_new_client_and_the_old_one_closes_after_its_in_flight_work() {
        var old = pool.acquire("p1", version(1));
        var fresh = pool.acquire("p1", version(2));

        assertThat(fresh.client()).isNotSameAs(old.client());
        assertThat(count(old)).isZero();
        assertThat(pool.openClients()).isEqualTo(2);
        old.close();
        assertThat(pool.openClients()).isEqualTo(1);
        assertThatThrownBy(() -> count(old)).isInstanceOf(IllegalStateException.class);
        assertThat(count(fresh)).isZero();
        try (var next = pool.acquire("p1", version(2))) {
            assertThat(next.client()).isSameAs(fresh.client());
        }
        fresh.close();
    }

    @Test
    void an_idle_old_version_closes_as_soon_as_a_new_version_is_used() {
        var old = pool.acquire("p1", version(1));
        old.close();

        try (var fresh = pool.acquire("p1", version(2))) {
            assertThat(pool.openClients()).isEqualTo(1);
            assertThatThrownBy(() -> count(old)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_late_request_for_an_older_version_is_served_and_its_client_closed_afterwards() {
        var current = pool.acquire("p1", version(2));
        var late = pool.acquire("p1", version(1));

        assertThat(late.client()).isNotSameAs(current.client());
        assertThat(count(late)).isZero();
        late.close();
        assertThat(pool.openClients()).isEqualTo(1);
        try (var again = pool.acquire("p1", version(2))) {
            assertThat(again.client()).isSameAs(current.client());
        }
        current.close();
    }

    @Test
    void projects_never_share_a_client() {
        try (var a = pool.acquire("p1", version(1));
                var b = pool.acquire("p2", version(1))) {
            assertThat(a.client()).isNotSameAs(b.client());
        }
    }

    @Test
    void idle_clients_are_closed_after_the_idle_timeout_but_busy_ones_are_kept() {
        var idle = pool.acquire("p1", version(1));
        idle.close();
        var busy = pool.acquire("p2", version(1));
        clock.advance(Duration.ofMinutes(4));
        assertThat(pool.evictIdle()).isZero();

        clock.advance(Duration.ofMinutes(2));

        assertThat(pool.evictIdle()).isEqualTo(1);
        assertThat(pool.openClients()).isEqualTo(1);
        assertThat(count(busy)).isZero();
        busy.close();
        try (var reopened = pool.acquire("p1", version(1))) {
            assertThat(reopened.client()).isNotSameAs(idle.client());
        }
    }

    @Test
    void closing_a_lease_twice_releases_it_once() {
        var first = pool.acquire("p1", version(1));
        var second = pool.acquire("p1", version(1));
        first.close();
        first.close();
        pool.acquire("p1", version(2)).close();

        assertThat(count(second)).isZero();
        second.close();
        assertThat(pool.openClients()).isEqualTo(1);
    }

    @Test
    void a_closed_pool_closes_every_client_and_refuses_new_work() {
        var lease = pool.acquire("p1", version(1));

        pool.close();

        assertThat(pool.openClients()).isZero();
        assertThatThrownBy(() -> count(lease)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pool.acquire("p1", version(1))).isInstanceOf(IllegalStateException.class);
        lease.close();
    }
}
