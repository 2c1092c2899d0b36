package io.dotportion.core.port;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed login counters, shared by every instance on one store. Each key (an account, a client address or
 * the pair, hashed by the caller) holds how many failures it had and when the last one was; a key forgets
 * them at {@code expiresAt}, which each failure moves forward.
 */
public interface LoginAttemptStore {

    /** The failures of a key so far, and when the last one was. */
    record Failures(long count, Instant last) {}

    /** Adds one failure at {@code now} (starting from zero when the key had expired); answers the new state (atomic). */
    Failures recordFailure(String key, Instant now, Instant expiresAt);

    /** The key's failures, empty when it has none or they expired at or before {@code now}. */
    Optional<Failures> failures(String key, Instant now);

    /** Forgets the key's failures. */
    void clear(String key);
}
