package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.auth.LoginThrottle;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.MovableClock;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed logins are limited per email and per client address, in windows counted in the store. */
class LoginThrottleTest {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX = 5;
    private static final String PASSWORD = "correct horse";
    private static final AtomicInteger UNIQUE = new AtomicInteger();
    @TempDir
    static Path dataDir;
    static Platform platform;
    static ApiClient api;
    static final MovableClock CLOCK = new MovableClock();

    @BeforeAll
    static void start() {
        platform = Platform.start(PlatformConfig.forTests(dataDir)
                .withLoginThrottle(new LoginThrottle.Settings(MAX, WINDOW)), CLOCK);
        api = new ApiClient(platform.port());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @BeforeEach
    void next_window() {
        CLOCK.advance(WINDOW);
    }

    @Test
    void after_five_failures_the_email_answers_429_with_retry_after_until_the_window_ends() {
        String email = signup();
        for (int i = 0; i < MAX; i++) {
            assertThat(login(email, "wrong password").status()).isEqualTo(401);
        }
        ApiResponse refused = login(email, PASSWORD);
        assertThat(refused.expect(429).error()).isEqualTo("RATE_LIMITED");
        long retryAfter = Long.parseLong(ApiClient.header(refused, "Retry-After"));
        assertThat(retryAfter).isBetween(1L, WINDOW.toSeconds());

        CLOCK.advance(WINDOW);
        login(email, PASSWORD).expect(200);
    }

    @Test
    void failures_on_different_emails_from_one_address_add_up() {
        for (int i = 0; i < MAX; i++) {
            assertThat(login("nobody" + UNIQUE.incrementAndGet() + "@example.com", "guess").status()).isEqualTo(401);
        }
        assertThat(login(signup(), PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void fewer_failures_than_the_limit_leave_the_login_working_and_a_success_clears_the_email() {
        String email = signup();
        for (int i = 0; i < MAX - 1; i++) {
            login(email, "wrong password").expect(401);
        }
        login(email, PASSWORD).expect(200);
        login(email, "wrong password").expect(401);
    }

    private static String signup() {
        String username = "throttled-" + UNIQUE.incrementAndGet();
        String email = username + "@example.com";
        api.post("/v1/auth/signup", Map.of("email", email, "username", username, "password", PASSWORD), null)
                .expect(201);
        return email;
    }

    private static ApiResponse login(String email, String password) {
        return api.post("/v1/auth/login", Map.of("email", email, "password", password), null);
    }
}
