package io.dotportion.secrets.testing;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes; no fixed sleeps. */
public final class Eventually {

    private Eventually() {
    }

    /** True as soon as {@code condition} holds, false when {@code limit} passed first. */
    public static boolean within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
        return condition.getAsBoolean();
    }
}
