package io.dotportion.nodes.script;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One watchdog thread for every running script. A run registers a {@link Timer} (its deadline, its thread
 * and that thread's allocation so far) in a concurrent set and removes it when it stops, so starting and
 * stopping a clock costs a set insert and removal, no scheduled task. While runs are active, the thread
 * looks at them every {@code tick}: a run past its deadline, or whose thread allocated more than its
 * allowance since it started, has its context cancelled; and when the heap is nearly full of data that
 * outlives young collections ({@link HeapPressure}), so have the runs that allocated more than a
 * sixteenth of the heap (a run that allocated less cannot be what fills it).
 * It parks once no run was active for {@link #LINGER_NANOS}.
 *
 * <p>The cancellation itself ({@code Context.close(true)}, which waits for the script to stop) runs on a
 * pooled platform thread, so that one slow cancellation never delays another. A script may not stop:
 * one that catches its own stack overflow swallows the cancellation, and a long {@code BigInt}
 * multiplication ends only when it is done. A run that has not stopped {@code grace} after it was
 * cancelled is written off: its {@code onStuck} action answers the caller and replaces the context and
 * worker, and the run's thread is left to end on its own, demoted to the lowest scheduling class
 * ({@link Workers}, {@link ThreadDemotion}). Cancelling such a run again does not help: repeating
 * {@code Context.close(true)} or {@code Context.interrupt} every second on a stack-overflow catcher
 * never landed, so written-off runs are not retried.
 */
final class Watchdog implements AutoCloseable {
    /** How often active runs are checked: the most a run can overshoot its limit by. */
    static final Duration DEFAULT_TICK = Duration.ofMillis(2);

    /**
     * How long the watchdog keeps ticking with no run active before it parks until the next run: a parked
     * watchdog costs each run that starts a thread wake-up, a ticking one 500 short wake-ups a second.
     */
    static final long LINGER_NANOS = Duration.ofMillis(100).toNanos();

    /** Why a run was stopped. */
    enum Reason {
        TIME,
        MEMORY,
        HEAP
    }

    /** Above this share of the maximum heap kept past young collections, the big allocators are stopped. */
    static final double HEAP_FULL = 0.75;
    /** Under heap pressure, every run that allocated more than this share of the maximum heap is stopped. */
    static final double BIG_ALLOCATOR = 1.0 / 16;

    private final Set<Timer> active = ConcurrentHashMap.newKeySet();
    private final Set<Timer> cancelled = ConcurrentHashMap.newKeySet();
    private final ExecutorService cancellations;
    private final Allocations allocations = new Allocations();
    private final HeapPressure heap = new HeapPressure(HEAP_FULL);
    private final long bigAllocation = (long) (Runtime.getRuntime().maxMemory() * BIG_ALLOCATOR);
    private final long tickNanos;
    private final long graceNanos;
    private final Thread thread;
    private volatile boolean idle;
    private volatile boolean closed;

    Watchdog(Duration grace) {
        this(DEFAULT_TICK, grace);
    }

    Watchdog(Duration tick, Duration grace) {
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("tick must be positive");
        }
        this.tickNanos = tick.toNanos();
        this.graceNanos = grace.toNanos();
        this.cancellations = Executors.newCachedThreadPool(Workers.daemon("js-sandbox-cancel"));
        this.thread = Workers.daemon("js-sandbox-watchdog").newThread(this::watch);
        thread.start();
    }

    /**
     * Starts the clock of one run on {@code context}, on the calling thread: it expires after {@code nanos}
     * or once this thread allocated {@code maxAllocation} more bytes; {@code onStuck} runs if it then
     * does not stop within the grace period (null: nothing is written off).
     */
    Timer start(SandboxContext context, long nanos, long maxAllocation, Consumer<Timer> onStuck) {
        long threadId = Thread.currentThread().threadId();
        Timer timer = new Timer(
                this,
                context,
                System.nanoTime() + Math.max(0, nanos),
                threadId,
                allocations.current(),
                maxAllocation,
                onStuck);
        active.add(timer);
        if (idle) {
            LockSupport.unpark(thread);
        }
        return timer;
    }

    private void watch() {
        long quietSince = System.nanoTime();
        while (!closed) {
            long now = System.nanoTime();
            if (active.isEmpty() && cancelled.isEmpty()) {
                if (now - quietSince < LINGER_NANOS) {
                    // keep ticking a little: under steady traffic the next run starts soon, and finding the
                    // watchdog awake spares it a wake-up per run
                    LockSupport.parkNanos(this, tickNanos);
                    continue;
                }
                idle = true;
                if (active.isEmpty() && cancelled.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                quietSince = System.nanoTime();
                continue;
            }
            quietSince = now;
            long most = -1;
            for (Timer timer : active) {
                long allocated = allocations.since(timer.threadId, timer.allocatedAtStart);
                if (now - timer.deadline >= 0) {
                    timer.expire(Reason.TIME, now);
                } else if (allocated > timer.maxAllocation) {
                    timer.expire(Reason.MEMORY, now);
                } else {
                    most = Math.max(most, allocated);
                }
            }
            if (most > bigAllocation && heap.high()) {
                relieve(now);
            }
            for (Timer timer : cancelled) {
                if (now - timer.cancelledAt - graceNanos >= 0) {
                    timer.writeOff();
                }
            }
            LockSupport.parkNanos(this, tickNanos);
        }
    }

    /** Stops every run that allocated more than {@link #BIG_ALLOCATOR} of the heap. */
    private void relieve(long now) {
        for (Timer timer : active) {
            if (allocations.since(timer.threadId, timer.allocatedAtStart) > bigAllocation) {
                timer.expire(Reason.HEAP, now);
            }
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

    /** The clock of one run: exactly one of {@link #stop()} and expiry wins; a write-off only follows expiry. */
    static final class Timer {
        private static final int RUNNING = 0;
        private static final int STOPPED = 1;
        private static final int EXPIRED = 2;
        private static final int WRITTEN_OFF = 3;

        private final Watchdog watchdog;
        private final SandboxContext context;
        private final long deadline;
        private final long threadId;
        private final long allocatedAtStart;
        private final long maxAllocation;
        private final Consumer<Timer> onStuck;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile Reason reason;
        private volatile long cancelledAt;

        private Timer(
                Watchdog watchdog,
                SandboxContext context,
                long deadline,
                long threadId,
                long allocatedAtStart,
                long maxAllocation,
                Consumer<Timer> onStuck) {
            this.watchdog = watchdog;
            this.context = context;
            this.deadline = deadline;
            this.threadId = threadId;
            this.allocatedAtStart = allocatedAtStart;
            this.maxAllocation = maxAllocation;
            this.onStuck = onStuck;
        }

        private void expire(Reason why, long now) {
            reason = why;
            cancelledAt = now;
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                watchdog.active.remove(this);
                if (onStuck != null) {
                    watchdog.cancelled.add(this);
                }
                watchdog.cancel(context);
            }
        }

        private void writeOff() {
            watchdog.cancelled.remove(this);
            if (state.compareAndSet(EXPIRED, WRITTEN_OFF)) {
                onStuck.accept(this);
            }
        }

        /** Stops the clock; false when the run had already expired (its context is being cancelled). */
        boolean stop() {
            if (state.compareAndSet(RUNNING, STOPPED)) {
                watchdog.active.remove(this);
                return true;
            }
            state.compareAndSet(EXPIRED, STOPPED);
            watchdog.cancelled.remove(this);
            return false;
        }

        /** Why the run was stopped, once {@link #stop()} said it expired. */
        Reason reason() {
            return reason;
        }
    }
}
