package io.dotportion.core.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one bounded wait of the tests: reads again and again until a condition holds or the bound passes, then
 * fails with what it waited for and the last value it saw. For what happens off the test's thread (a background
 * flush, another instance, a process); never a fixed sleep.
 */
public final class Poll {
    private static final long PAUSE_NANOS = Duration.ofMillis(10).toNanos();

    private Poll() {}

    /** Reads until {@code done} accepts the value, and returns that value. */
    public static <T> T until(Duration bound, Supplier<T> read, Predicate<? super T> done, String description) {
        long deadline = System.nanoTime() + bound.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("waited " + bound + " for " + description + "; last value: " + value);
            }
            pause();
            value = read.get();
        }
        return value;
    }

    /** Waits until {@code condition} holds. */
    public static void until(Duration bound, BooleanSupplier condition, String description) {
        until(bound, condition::getAsBoolean, Boolean::booleanValue, description);
    }

    private static void pause() {
        LockSupport.parkNanos(PAUSE_NANOS);
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while polling");
        }
    }
}
