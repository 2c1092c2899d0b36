package io.dotportion.core.port;

import java.time.Instant;

/**
 * Failed login counters in fixed windows, shared by every instance on one store. Each key (an email or a
 * client address, hashed by the caller) counts the failures of the window that contains {@code now}.
 */
public interface LoginAttemptStore {

    /** Adds one failure to the window starting at {@code windowStart}; answers the new count (atomic). */
    long recordFailure(String key, Instant windowStart, Instant expiresAt);

    /** The failures counted so far in the window starting at {@code windowStart}. */
    long failures(String key, Instant windowStart);

    /** Forgets the failures of this key in the window starting at {@code windowStart}. */
    void clear(String key, Instant windowStart);
}
