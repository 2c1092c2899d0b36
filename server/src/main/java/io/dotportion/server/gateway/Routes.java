package io.dotportion.server.gateway;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The live route table. Readers take a snapshot without locking; writers change it one at a time,
 * so a check-then-swap (the clash check of deploy) cannot interleave with another change.
 */
public final class Routes {
    private final AtomicReference<RouteTable> table = new AtomicReference<>(RouteTable.empty());
    private final ReentrantLock writeLock = new ReentrantLock();

    public RouteTable current() {
        return table.get();
    }

    /** Applies a change; {@code change} may throw to refuse it, leaving the table as it was. */
    public RouteTable update(UnaryOperator<RouteTable> change) {
        return exclusively(() -> {
            RouteTable next = change.apply(table.get());
            table.set(next);
            return next;
        });
    }

    /** Runs {@code step} while no other change can happen (a check, a store write, then a swap). */
    public <T> T exclusively(Supplier<T> step) {
        writeLock.lock();
        try {
            return step.get();
        } finally {
            writeLock.unlock();
        }
    }
}
