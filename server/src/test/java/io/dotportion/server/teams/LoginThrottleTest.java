package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.auth.LoginThrottle;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Failed logins slow down per account, per address and per pair with growing delays; nobody is locked out:
 * the owner's right password from a fresh address, and a neighbour's behind a failing address, get in after
 * a bounded wait. The clock is moved, never slept on; the address is set through a trusted proxy header.
 */
@PlatformTest
class LoginThrottleTest {
    private static final LoginThrottle.Rule ACCOUNT =
            new LoginThrottle.Rule(3, Duration.ofSeconds(1), Duration.ofSeconds(8));
    private static final LoginThrottle.Rule ADDRESS =
            new LoginThrottle.Rule(6, Duration.ofSeconds(1), Duration.ofSeconds(16));
    private static final LoginThrottle.Rule PAIR =
            new LoginThrottle.Rule(3, Duration.ofSeconds(1), Duration.ofMinutes(10));
    private static final Duration MEMORY = Duration.ofHours(1);
    private static final String PASSWORD = "correct horse";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
            config -> config.withGateway(GatewaySettings.defaults().withTrustedProxies(1))
                    .withLoginThrottle(new LoginThrottle.Settings(ACCOUNT, ADDRESS, PAIR, MEMORY)));

    private final AtomicInteger unique = new AtomicInteger();
    private final ApiClient api;
    private final TestClock clock;

    LoginThrottleTest(ApiClient api, TestClock clock) {
        this.api = api;
        this.clock = clock;
    }

    @BeforeEach
    void forget_earlier_failures() {
        clock.advance(MEMORY.plusMinutes(1));
    }

    @Test
    void failures_past_the_free_ones_make_the_account_wait_longer_each_time() {
        String email = signup();
        String attacker = address();
        for (int i = 0; i < 3; i++) {
            login(email, "wrong password", attacker).expect(401);
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            login(email, "wrong password", attacker).expect(401);
            ApiResponse refused = login(email, "wrong password", attacker).expect(429);
            assertThat(refused.error()).isEqualTo("RATE_LIMITED");
            assertThat(refused.map().get("message").toString()).contains("try again in");
            waits.add(retryAfter(refused));
            clock.advance(Duration.ofSeconds(retryAfter(refused)));
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L);
    }

    @Test
    void the_owner_gets_in_from_a_fresh_address_after_at_most_the_account_cap_however_many_addresses_fail() {
        String email = signup();
        int counted = 0;
        while (counted < 25) {
            ApiResponse r = login(email, "guess-" + counted, address());
            if (r.status() == 429) {
                assertThat(retryAfter(r)).isLessThanOrEqualTo(ACCOUNT.maxDelay().toSeconds());
                clock.advance(Duration.ofSeconds(retryAfter(r)));
            } else {
                r.expect(401);
                counted++;
            }
        }
        String owner = address();
        ApiResponse waiting = login(email, PASSWORD, owner);
        if (waiting.status() == 429) {
            assertThat(retryAfter(waiting))
                    .isLessThanOrEqualTo(ACCOUNT.maxDelay().toSeconds());
            clock.advance(Duration.ofSeconds(retryAfter(waiting)));
        }
        login(email, PASSWORD, owner).expect(200);
    }

    @Test
    void one_address_failing_on_many_accounts_slows_its_neighbours_for_a_bounded_time_only() {
        String office = address();
        for (int counted = 0; counted < 10; ) {
            ApiResponse r = login("nobody" + unique.incrementAndGet() + "@example.com", "guess", office);
            if (r.status() == 429) {
                clock.advance(Duration.ofSeconds(retryAfter(r)));
            } else {
                r.expect(401);
                counted++;
            }
        }
        String colleague = signup();
        ApiResponse waiting = login(colleague, PASSWORD, office).expect(429);
        assertThat(retryAfter(waiting)).isBetween(1L, ADDRESS.maxDelay().toSeconds());
        login(colleague, PASSWORD, address()).expect(200);

        clock.advance(Duration.ofSeconds(retryAfter(waiting)));
        login(colleague, PASSWORD, office).expect(200);
    }

    @Test
    void the_free_failures_leave_the_login_working_and_a_success_clears_the_account() {
        String email = signup();
        String home = address();
        for (int i = 0; i < 3; i++) {
            login(email, "wrong password", home).expect(401);
        }
        login(email, PASSWORD, home).expect(200);
        for (int i = 0; i < 3; i++) {
            login(email, "wrong password", home).expect(401);
        }
        login(email, PASSWORD, home).expect(200);
    }

    @Test
    void the_pair_that_keeps_failing_waits_longer_than_the_account_cap() {
        String email = signup();
        String attacker = address();
        for (int counted = 0; counted < 9; ) {
            ApiResponse r = login(email, "wrong password", attacker);
            if (r.status() == 429) {
                clock.advance(Duration.ofSeconds(retryAfter(r)));
            } else {
                r.expect(401);
                counted++;
            }
        }
        ApiResponse refused = login(email, PASSWORD, attacker).expect(429);
        assertThat(retryAfter(refused)).isGreaterThan(ACCOUNT.maxDelay().toSeconds());
    }

    private long retryAfter(ApiResponse r) {
        return Long.parseLong(ApiClient.header(r, "Retry-After"));
    }

    private String address() {
        int n = unique.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private String signup() {
        String username = "throttled-" + unique.incrementAndGet();
        String email = username + "@example.com";
        api.post("/v1/auth/signup", Map.of("email", email, "username", username, "password", PASSWORD), null)
                .expect(201);
        return email;
    }

    private ApiResponse login(String email, String password, String address) {
        return api.raw(
                "POST",
                "/v1/auth/login",
                "application/json",
                io.dotportion.core.value.Json.write(Map.of("email", email, "password", password))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Forwarded-For", address));
    }
}
