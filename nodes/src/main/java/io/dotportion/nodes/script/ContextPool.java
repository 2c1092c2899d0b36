package io.dotportion.nodes.script;

import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * evaluate scripts into idle ones, one context at a time, never holding more than one slot. A written-off
 * context is kept reachable until its run ends ({@link #discard}, {@link #retire}), so that no context still
 * running is ever closed by the garbage collector's queue. A broken context is closed by the worker that gave
 * it back, before it makes the next (a context closed on another thread meanwhile left the worker's next
 * context over its statement limit at once); at shutdown and after a write-off, contexts are closed on the
 * {@link ContextCloser}'s threads, each waited for a bounded time.
 */
final class ContextPool implements AutoCloseable {
    private final int size;
    private final Semaphore slots;
    private final Deque<SandboxContext> idle = new ConcurrentLinkedDeque<>();
    private final Supplier<SandboxContext> factory;
    private final AtomicInteger alive = new AtomicInteger();
    private final Set<SandboxContext> writtenOff = ConcurrentHashMap.newKeySet();
    private final ContextCloser closer;
    private volatile boolean closed;

    ContextPool(int size, Supplier<SandboxContext> factory, ContextCloser closer) {
        this.size = size;
        this.slots = new Semaphore(size, true);
        this.factory = factory;
        this.closer = closer;
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
                alive.decrementAndGet();
                context.close();
            }
        } finally {
            slots.release();
        }
    }

    /**
     * Writes off a lent context whose run did not stop when cancelled: its slot is free again at once (a
     * new context may take it), while the context itself stays referenced here until its run ends
     * ({@link #retire}). Unreferenced, the garbage collector would hand it to Graal's process-wide queue of
     * contexts to close, and the next {@code Context.close} or creation anywhere could wait on it for as long
     * as the run goes on.
     */
    void discard(SandboxContext context) {
        writtenOff.add(context);
        alive.decrementAndGet();
        slots.release();
    }

    /** A written-off context's run ended at last: closed in the background and forgotten. */
    void retire(SandboxContext context) {
        if (writtenOff.remove(context)) {
            closer.close(context);
        }
    }

    /** How many written-off contexts are still held (their runs have not ended). */
    int writtenOff() {
        return writtenOff.size();
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
        closer.close(context);
    }

    /**
     * Closes the idle contexts in the background. Written-off ones are left to the engine's bounded close: the
     * watchdog already cancelled them, and their runs did not stop.
     */
    @Override
    public void close() {
        closed = true;
        drain();
    }
}
