package io.dotportion.server.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something that happens off the request path, with a bound. */
public final class Poll {
    private Poll() {
    }

    public static <T> T until(Supplier<T> read, Predicate<T> done, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + bound + "; last value: " + value);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
