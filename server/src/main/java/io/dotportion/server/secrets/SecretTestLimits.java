package io.dotportion.server.secrets;

import java.time.Duration;

/**
 * Bounds of the secret test (docs/SECRETS.md#testing-a-secret), so that a tenant cannot use it to probe
 * addresses at speed: tests per project and per user in each {@code window}, tests running at once per
 * project and on the instance, and how long one MongoDB test may take for each step (finding the server,
 * connecting, each read).
 */
public record SecretTestLimits(
        int perProject, int perUser, Duration window, int concurrentPerProject, int concurrent, Duration timeout) {

    public SecretTestLimits {
        if (perProject < 1 || perUser < 1 || concurrentPerProject < 1 || concurrent < 1) {
            throw new IllegalArgumentException("secret test limits must be at least 1");
        }
        if (window.isZero() || window.isNegative() || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the window and the timeout must be positive");
        }
    }

    /** 10 tests a minute per project, 20 per user, 2 at once per project, 8 on the instance, 3 s per step. */
    public static SecretTestLimits defaults() {
        return new SecretTestLimits(10, 20, Duration.ofMinutes(1), 2, 8, Duration.ofSeconds(3));
    }
}
