package io.dotportion.cli;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waits for something that happens elsewhere (another process, a background thread), with a bound. */
final class Poll {
    private Poll() {
    }

    static <T> T until(Supplier<T> read, Predicate<T> done, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + bound + "; last value: " + value);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
