package io.dotportion.nodes.script;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A bounded pool of sandbox contexts. At most {@code size} contexts exist at once; they are created on
 * demand and reused last-in first-out (the most recently used context has the warmest caches). A context
 * returned as broken (cancelled, closed, over a limit) is closed and later replaced by a fresh one.
 */
final class ContextPool implements AutoCloseable {
    private final int size;
    private final Semaphore slots;
    private final Deque<SandboxContext> idle = new ConcurrentLinkedDeque<>();
    private final Supplier<SandboxContext> factory;
    private volatile boolean closed;

    ContextPool(int size, Supplier<SandboxContext> factory) {
        this.size = size;
        this.slots = new Semaphore(size, true);
        this.factory = factory;
    }

    /** A context for the calling thread alone, or null when none became free before {@code deadlineNanos}. */
    SandboxContext acquire(long deadlineNanos) throws InterruptedException {
        ensureOpen();
        if (!slots.tryAcquire(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            return null;
        }
        try {
            ensureOpen();
            SandboxContext context = idle.pollFirst();
            return context != null ? context : factory.get();
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Gives a context back; a broken one is closed instead of reused. */
    void release(SandboxContext context, boolean reusable) {
        try {
            if (reusable && !closed) {
                idle.offerFirst(context);
                if (closed) {
                    drain();
                }
            } else {
                context.close();
            }
        } finally {
            slots.release();
        }
    }

    /** How many contexts are lent out right now. */
    int inUse() {
        return size - slots.availablePermits();
    }

    /** How many contexts may exist, how many are taken, how many wait idle (read without locking). */
    SandboxUsage usage() {
        return new SandboxUsage(size, inUse(), idle.size());
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the script sandbox is closed");
        }
    }

    private void drain() {
        for (SandboxContext context = idle.pollFirst(); context != null; context = idle.pollFirst()) {
            context.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        drain();
    }
}
