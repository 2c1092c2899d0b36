package io.dotportion.server.auth;

import io.dotportion.core.port.LoginAttemptStore;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Refuses logins for an email or a client address after {@code maxFailures} failures in a fixed window,
 * until the window ends. Counters live in the store, so every instance sees the same counts. Keys are
 * hashed: the store never holds an email or an address.
 */
public final class LoginThrottle {

    /** At most {@code maxFailures} failed logins per email and per client address in each {@code window}. */
    public record Settings(int maxFailures, Duration window) {
        public Settings {
            if (maxFailures < 1) {
                throw new IllegalArgumentException("maxFailures must be at least 1");
            }
            if (window == null || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive");
            }
        }

        /** Five failures per fifteen minutes. */
        public static Settings defaults() {
            return new Settings(5, Duration.ofMinutes(15));
        }
    }

    /** Thrown when a login is refused; {@link #retryAfterSeconds} is when the window ends. */
    public static final class Refused extends RuntimeException {
        private final long retryAfterSeconds;

        Refused(long retryAfterSeconds) {
            super("too many failed logins", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        public ApiException answer() {
            return new ApiException(ApiError.RATE_LIMITED, "too many failed logins; try again later",
                    Map.of("retryAfterSeconds", retryAfterSeconds));
        }
    }

    private final LoginAttemptStore store;
    private final Clock clock;
    private final Settings settings;

    public LoginThrottle(LoginAttemptStore store, Clock clock, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Throws {@link Refused} when the email or the address used up its failures in this window. */
    public void check(String email, String address) {
        Instant start = windowStart();
        for (String key : keys(email, address)) {
            if (store.failures(key, start) >= settings.maxFailures()) {
                Duration left = Duration.between(clock.instant(), start.plus(settings.window()));
                throw new Refused(Math.max(1, (left.toMillis() + 999) / 1000));
            }
        }
    }

    public void failed(String email, String address) {
        Instant start = windowStart();
        Instant end = start.plus(settings.window());
        keys(email, address).forEach(key -> store.recordFailure(key, start, end));
    }

    /** A successful login clears the email's failures (not the address's: one address may try many emails). */
    public void succeeded(String email) {
        store.clear(key("email", email), windowStart());
    }

    private Instant windowStart() {
        long window = settings.window().toMillis();
        long now = clock.millis();
        return Instant.ofEpochMilli(now - Math.floorMod(now, window));
    }

    private static List<String> keys(String email, String address) {
        return List.of(key("email", email), key("address", address));
    }

    private static String key(String kind, String value) {
        return kind + ":" + Tokens.hash(kind + ":" + (value == null ? "" : value));
    }
}
