package io.dotportion.nodes.script;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One watchdog thread for every running script. A run registers a {@link Timer} (its deadline) in a
 * concurrent set and removes it when it stops, so starting and stopping a clock costs a set insert and
 * removal, no scheduled task. While runs are active, the thread looks at their deadlines every
 * {@code tick}; when it sees one passed, the run's context is cancelled. It parks while no run is active.
 * The cancellation itself (which waits for the script to stop) runs on a pooled platform thread, so that
 * one slow cancellation never delays another, and so that it runs even when every carrier of the
 * virtual-thread scheduler is busy. A run is thus cancelled at most one tick after its limit.
 */
final class Watchdog implements AutoCloseable {
    /** How often active runs' deadlines are checked: the most a run can overshoot its limit by. */
    static final Duration DEFAULT_TICK = Duration.ofMillis(2);

    private final Set<Timer> active = ConcurrentHashMap.newKeySet();
    private final ExecutorService cancellations;
    private final long tickNanos;
    private final Thread thread;
    private volatile boolean idle;
    private volatile boolean closed;

    Watchdog() {
        this(DEFAULT_TICK);
    }

    Watchdog(Duration tick) {
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive");
        }
        this.tickNanos = tick.toNanos();
        this.cancellations = Executors.newCachedThreadPool(Workers.daemon("js-sandbox-cancel"));
        this.thread = Workers.daemon("js-sandbox-watchdog").newThread(this::watch);
        thread.start();
    }

    /** Starts the clock of one run on {@code context}; it expires after {@code nanos}. */
    Timer start(SandboxContext context, long nanos) {
        Timer timer = new Timer(this, context, System.nanoTime() + Math.max(0, nanos));
        active.add(timer);
        if (idle) {
            LockSupport.unpark(thread);
        }
        return timer;
    }

    private void watch() {
        while (!closed) {
            if (active.isEmpty()) {
                idle = true;
                if (active.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                continue;
            }
            long now = System.nanoTime();
            for (Timer timer : active) {
                if (now - timer.deadline >= 0) {
                    timer.expire();
                }
            }
            LockSupport.parkNanos(this, tickNanos);
        }
    }

    private void cancel(SandboxContext context) {
        try {
            cancellations.execute(context::cancel);
        } catch (RejectedExecutionException shutDown) {
            context.cancel();
        }
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        cancellations.shutdown();
    }

    /** The clock of one run: exactly one of {@link #stop()} and expiry wins. */
    static final class Timer {
        private static final int RUNNING = 0;
        private static final int STOPPED = 1;
        private static final int EXPIRED = 2;

        private final Watchdog watchdog;
        private final SandboxContext context;
        private final long deadline;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        private Timer(Watchdog watchdog, SandboxContext context, long deadline) {
            this.watchdog = watchdog;
            this.context = context;
            this.deadline = deadline;
        }

        private void expire() {
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                watchdog.active.remove(this);
                watchdog.cancel(context);
            }
        }

        /** Stops the clock; false when the run had already expired (its context is being cancelled). */
        boolean stop() {
            boolean inTime = state.compareAndSet(RUNNING, STOPPED);
            if (inTime) {
                watchdog.active.remove(this);
            }
            return inTime;
        }
    }
}
