package io.dotportion.server.auth;

import io.dotportion.core.port.LoginAttemptStore;
import io.dotportion.core.port.LoginAttemptStore.Failures;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slows failed logins with growing delays, counted per account, per client address and per (account,
 * address) pair. Each key has a few free failures; after them each further one makes the key wait
 * {@code firstDelay}, doubling up to its own cap, before the next attempt is even checked (429 with
 * {@code Retry-After} until then; refused attempts are not counted). No key locks anyone out: the account's
 * cap and the address's cap are short, so the owner with the right password from a fresh address waits at
 * most the account's cap however many addresses attack it, and the people behind one address at most the
 * address's cap; only the one pair that keeps failing waits long. A success clears the account and the pair.
 * Counters live in the store (every instance sees them) under hashed keys (no email or address in the store).
 */
public final class LoginThrottle {

    /** A key's free failures, the delay after the first one past them (doubling each time) and its cap. */
    public record Rule(int freeFailures, Duration firstDelay, Duration maxDelay) {
        public Rule {
            if (freeFailures < 0
                    || firstDelay.isNegative()
                    || firstDelay.isZero()
                    || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException(
                        "a throttle rule needs free failures >= 0 and 0 < firstDelay <= maxDelay");
            }
        }

        /** How long a key with {@code count} failures waits after its last one. */
        Duration delay(long count) {
            long past = count - freeFailures;
            if (past <= 0) {
                return Duration.ZERO;
            }
            Duration grown = firstDelay.multipliedBy(1L << Math.min(past - 1, 30));
            return grown.compareTo(maxDelay) > 0 ? maxDelay : grown;
        }
    }

    /** The rules per account, per address and per pair; a key forgets its failures {@code memory} after the last. */
    public record Settings(Rule account, Rule address, Rule pair, Duration memory) {
        public Settings {
            if (memory == null || memory.isNegative() || memory.isZero()) {
                throw new IllegalArgumentException("memory must be positive");
            }
        }

        /** Account: 5 free, then 1 s doubling to 30 s; address: 20 free, up to 60 s; pair: 5 free, up to 15 min. */
        public static Settings defaults() {
            return new Settings(
                    new Rule(5, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                    new Rule(20, Duration.ofSeconds(1), Duration.ofSeconds(60)),
                    new Rule(5, Duration.ofSeconds(1), Duration.ofMinutes(15)),
                    Duration.ofHours(1));
        }
    }

    /** Thrown when a login must wait; {@link #retryAfterSeconds} is when it may try again. */
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
            return new ApiException(
                    ApiError.RATE_LIMITED,
                    "too many failed logins; try again in " + retryAfterSeconds + " seconds",
                    Map.of("retryAfterSeconds", retryAfterSeconds));
        }
    }

    private record Key(String id, Rule rule) {}

    private final LoginAttemptStore store;
    private final Clock clock;
    private final Settings settings;

    public LoginThrottle(LoginAttemptStore store, Clock clock, Settings settings) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Throws {@link Refused} while the account, the address or the pair still waits after its last failure. */
    public void check(String email, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Key key : keys(email, address)) {
            Optional<Failures> failures = store.failures(key.id(), now);
            if (failures.isPresent()) {
                Instant free = failures.get()
                        .last()
                        .plus(key.rule().delay(failures.get().count()));
                Duration left = Duration.between(now, free);
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        if (wait.isPositive()) {
            throw new Refused(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    public void failed(String email, String address) {
        Instant now = clock.instant();
        keys(email, address).forEach(key -> store.recordFailure(key.id(), now, now.plus(settings.memory())));
    }

    /** A success clears the account's and the pair's failures (not the address's: it may try many accounts). */
    public void succeeded(String email, String address) {
        store.clear(hashed("account", email));
        store.clear(hashed("pair", email + "\n" + address));
    }

    private List<Key> keys(String email, String address) {
        return List.of(
                new Key(hashed("account", email), settings.account()),
                new Key(hashed("address", address), settings.address()),
                new Key(hashed("pair", email + "\n" + address), settings.pair()));
    }

    private static String hashed(String kind, String value) {
        return kind + ":" + Tokens.hash(kind + ":" + (value == null ? "" : value));
    }
}
