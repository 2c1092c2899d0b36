package io.dotportion.nodes.script;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A bounded pool of sandbox contexts. At most {@code size} contexts exist at once; they are created on
 * demand and reused last-in first-out (the most recently used context has the warmest caches). A context
 * returned as broken (cancelled, closed, over a limit) is closed and later replaced by a fresh one.
 * {@link #grow()} and {@link #forEachIdle} let a background thread create contexts ahead of demand and
 * evaluate scripts into idle ones, one context at a time, never holding more than one slot.
 */
final class ContextPool implements AutoCloseable {
    private final int size;
    private final Semaphore slots;
    private final Deque<SandboxContext> idle = new ConcurrentLinkedDeque<>();
    private final Supplier<SandboxContext> factory;
    private final AtomicInteger alive = new AtomicInteger();
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
            return context != null ? context : create();
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Creates one idle context ahead of demand; false when the pool is full, busy or closed. */
    boolean grow() {
        if (closed || !slots.tryAcquire()) {
            return false;
        }
        try {
            if (alive.incrementAndGet() > size) {
                alive.decrementAndGet();
                return false;
            }
            idle.offerLast(createCounted());
            if (closed) {
                drain();
            }
            return true;
        } finally {
            slots.release();
        }
    }

    /**
     * Lends each context that is idle now to {@code action}, one at a time (each is unavailable only while
     * its own action runs); a context whose action throws is closed. Contexts busy meanwhile are skipped.
     */
    void forEachIdle(Consumer<SandboxContext> action) {
        for (int visits = idle.size(); visits > 0 && !closed && slots.tryAcquire(); visits--) {
            SandboxContext context = idle.pollLast();
            if (context == null) {
                slots.release();
                return;
            }
            boolean reusable = false;
            try {
                action.accept(context);
                reusable = true;
            } finally {
                release(context, reusable);
            }
        }
    }

    /** How many contexts exist (idle or lent out). */
    int alive() {
        return alive.get();
    }

    private SandboxContext create() {
        alive.incrementAndGet();
        return createCounted();
    }

    /** Creates a context already counted in {@link #alive}. */
    private SandboxContext createCounted() {
        try {
            return factory.get();
        } catch (RuntimeException e) {
            alive.decrementAndGet();
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
                close(context);
            }
        } finally {
            slots.release();
        }
    }

    /**
     * Writes off a lent context whose run did not stop when cancelled: its slot is free again at once (a
     * new context may take it), while the context itself ends with its run, on the thread still in it.
     */
    void discard(SandboxContext context) {
        alive.decrementAndGet();
        slots.release();
    }

    /** How many contexts are lent out right now. */
    int inUse() {
        return size - slots.availablePermits();
    }

    /** How many contexts may exist, how many are taken, how many wait idle (read without locking). */
    SandboxUsage usage(int stuck, int maxStuck) {
        return new SandboxUsage(size, inUse(), idle.size(), stuck, maxStuck);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the script sandbox is closed");
        }
    }

    private void drain() {
        for (SandboxContext context = idle.pollFirst(); context != null; context = idle.pollFirst()) {
            close(context);
        }
    }

    private void close(SandboxContext context) {
        alive.decrementAndGet();
        context.close();
    }

    @Override
    public void close() {
        closed = true;
        drain();
    }
}
