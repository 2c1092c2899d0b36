package io.dotportion.server.secrets;

import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Admits secret tests within {@link SecretTestLimits}: a fixed window of counts per project and per user, and
 * counts of tests running now. A refused test answers 429 {@code RATE_LIMITED}. Thread-safe; the windows of
 * past periods are dropped as new ones start, so memory stays bounded by the callers of one window.
 */
final class SecretTestAdmission {
    private final SecretTestLimits limits;
    private final Clock clock;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Integer> running = new HashMap<>();
    private long period = Long.MIN_VALUE;
    private int runningTotal;

    SecretTestAdmission(SecretTestLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** A running test; close it when the test ends. */
    interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    synchronized Ticket admit(String projectId, String userId) {
        long now = clock.millis() / limits.window().toMillis();
        if (now != period) {
            period = now;
            counts.clear();
        }
        String project = "p:" + projectId;
        String user = "u:" + userId;
        if (counts.getOrDefault(project, 0) >= limits.perProject()
                || counts.getOrDefault(user, 0) >= limits.perUser()) {
            throw new ApiException(
                    ApiError.RATE_LIMITED,
                    "too many secret tests: at most " + limits.perProject() + " per project and " + limits.perUser()
                            + " per user every " + limits.window().toSeconds() + " s; try again later");
        }
        if (running.getOrDefault(projectId, 0) >= limits.concurrentPerProject()
                || runningTotal >= limits.concurrent()) {
            throw new ApiException(ApiError.RATE_LIMITED, "too many secret tests are running; try again shortly");
        }
        counts.merge(project, 1, Integer::sum);
        counts.merge(user, 1, Integer::sum);
        running.merge(projectId, 1, Integer::sum);
        runningTotal++;
        return () -> release(projectId);
    }

    private synchronized void release(String projectId) {
        running.computeIfPresent(projectId, (k, n) -> n <= 1 ? null : n - 1);
        runningTotal--;
    }
}
