package io.dotportion.nodes.script;

import java.time.Duration;

/**
 * The time one run may take: its own limit, counted from when it gets a context, and the execution's
 * deadline, absolute from {@code start} (a {@link System#nanoTime()} reading taken when the run was asked for).
 */
record RunBudget(long start, Duration timeLimit, Duration executionRemaining) {

    long limitNanos() {
        return timeLimit.toNanos();
    }

    long limitMillis() {
        return timeLimit.toMillis();
    }

    /** Time left before the execution's deadline, now. */
    long remainingNanos() {
        return executionRemaining.toNanos() - (System.nanoTime() - start);
    }

    /** Until when the run may wait for a worker and a context: the execution's deadline. */
    long waitUntil() {
        return start + executionRemaining.toNanos();
    }
}
