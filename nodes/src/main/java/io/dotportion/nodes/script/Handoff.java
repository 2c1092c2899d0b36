package io.dotportion.nodes.script;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * One run handed from its caller to a worker, and who gives back what: the tenant's share when the run
 * really stops (or at once, when it never started), and the context to the pool when the run returns or
 * when it is written off as stuck (then the worker is replaced too, demoted, and retired once its run
 * ends), whichever comes first. The caller parks until the outcome is set; whoever sets it first (the
 * worker with the result, or the watchdog writing the run off) unparks it: one wake-up, no spinning.
 */
final class Handoff {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int STUCK = 3;
    private static final int DROPPED = 4;

    private final AtomicInteger state = new AtomicInteger(QUEUED);
    /** A failure as the outcome. */
    private record Failed(Throwable failure) {}

    private static final Object PENDING = new Object();

    private final AtomicReference<Object> outcome = new AtomicReference<>(PENDING);
    private final Thread caller = Thread.currentThread();
    private final AtomicReference<SandboxContext> context = new AtomicReference<>();
    private final Function<Handoff, Object> task;
    private final Semaphore share;
    private final ContextPool pool;
    private final Workers workers;
    private volatile Thread runner;
    /** The context of a run written off, kept by the pool until the run ends. */
    private volatile SandboxContext writtenOff;

    Handoff(Function<Handoff, Object> task, Semaphore share, ContextPool pool, Workers workers) {
        this.task = task;
        this.share = share;
        this.pool = pool;
        this.workers = workers;
    }

    /** Runs on a worker; true when the run was written off meanwhile (the worker must then end). */
    boolean run() {
        runner = Thread.currentThread();
        if (!state.compareAndSet(QUEUED, RUNNING)) {
            return false;
        }
        try {
            settle(task.apply(this));
        } catch (RuntimeException | Error e) {
            settle(new Failed(e));
        }
        if (state.getAndSet(DONE) == STUCK) {
            SandboxContext ended = writtenOff;
            workers.recovered(() -> {
                share.release();
                if (ended != null) {
                    pool.retire(ended);
                }
            });
            return true;
        }
        share.release();
        return false;
    }

    /** The worker took {@code taken} from the pool for this run. */
    void hold(SandboxContext taken) {
        context.set(taken);
    }

    /** The worker is done with its context: back to the pool, unless the run was written off meanwhile. */
    void giveBack(SandboxContext used, boolean reusable) {
        if (context.compareAndSet(used, null)) {
            pool.release(used, reusable);
        }
    }

    /** Called by the watchdog when the cancelled run did not stop: answer now, replace context and worker. */
    void writeOff(ScriptException failure) {
        if (!state.compareAndSet(RUNNING, STUCK)) {
            return;
        }
        SandboxContext held = context.getAndSet(null);
        if (held != null) {
            writtenOff = held;
            pool.discard(held);
        }
        workers.stuck(runner, () -> state.get() == STUCK);
        settle(new Failed(failure));
    }

    /** Sets the outcome unless one is set already, and wakes the caller. */
    private void settle(Object value) {
        if (outcome.compareAndSet(PENDING, value)) {
            LockSupport.unpark(caller);
        }
    }

    /**
     * The caller's wait (on the thread that made this handoff): the result, or the failure; gives up on a
     * run still queued at {@code untilNanos}, and on a started one {@code graceNanos} later.
     */
    Object await(long untilNanos, long graceNanos) {
        Object value = parkUntil(untilNanos);
        if (value == PENDING) {
            if (drop()) {
                throw Failures.waitedPastDeadline();
            }
            value = parkUntil(untilNanos + graceNanos);
            if (value == PENDING) {
                throw new ScriptException(
                        ScriptException.Kind.DEADLINE,
                        "the execution's time limit passed while the script was running");
            }
        }
        if (value instanceof Failed failed) {
            if (failed.failure() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) failed.failure();
        }
        return value;
    }

    /** The outcome, or {@link #PENDING} when none came before {@code untilNanos}. */
    private Object parkUntil(long untilNanos) {
        while (true) {
            Object value = outcome.get();
            long left = untilNanos - System.nanoTime();
            if (value != PENDING || left <= 0) {
                return value;
            }
            LockSupport.parkNanos(this, left);
            if (Thread.interrupted()) {
                drop();
                Thread.currentThread().interrupt();
                throw new ScriptException(ScriptException.Kind.DEADLINE, "the script run was interrupted");
            }
        }
    }

    /** Gives up a run that has not started; true when it never will (its share is returned now). */
    private boolean drop() {
        if (state.compareAndSet(QUEUED, DROPPED)) {
            share.release();
            return true;
        }
        return false;
    }
}
