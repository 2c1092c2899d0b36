package io.dotportion.nodes.script;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One run handed from its caller to a worker, and who gives back what: the tenant's share when the run
 * really stops (or at once, when it never started), and the context to the pool when the run returns or
 * when it is written off as stuck (then the worker is replaced too, demoted, and retired once its run
 * ends), whichever comes first.
 */
final class Handoff {
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int STUCK = 3;
    private static final int DROPPED = 4;

    private final AtomicInteger state = new AtomicInteger(QUEUED);
    private final CompletableFuture<Object> result = new CompletableFuture<>();
    private final AtomicReference<SandboxContext> context = new AtomicReference<>();
    private final Function<Handoff, Object> task;
    private final Semaphore share;
    private final ContextPool pool;
    private final Workers workers;
    private volatile Thread runner;

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
            result.complete(task.apply(this));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
        if (state.getAndSet(DONE) == STUCK) {
            workers.recovered(share::release);
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
            pool.discard(held);
        }
        workers.stuck(runner, () -> state.get() == STUCK);
        result.completeExceptionally(failure);
    }

    /** The caller's wait: the result, or the failure; gives up on a run still queued at {@code untilNanos}. */
    Object await(long untilNanos, long graceNanos) {
        try {
            try {
                return result.get(untilNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (drop()) {
                    throw Failures.waitedPastDeadline();
                }
                return result.get(graceNanos, TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("script run failed", e.getCause());
        } catch (TimeoutException e) {
            throw new ScriptException(ScriptException.Kind.DEADLINE,
                    "the execution's time limit passed while the script was running");
        } catch (InterruptedException e) {
            drop();
            Thread.currentThread().interrupt();
            throw new ScriptException(ScriptException.Kind.DEADLINE, "the script run was interrupted");
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
