package io.dotportion.nodes.script;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One scheduler thread for every running script. Each run registers a {@link Timer}; when it fires before
 * the run finished, the run's context is cancelled. The cancellation itself (which waits for the script
 * to stop) runs on a pooled platform thread, so that one slow cancellation never delays another, and so
 * that it runs even when every carrier of the virtual-thread scheduler is busy.
 */
final class Watchdog implements AutoCloseable {
    private final ScheduledThreadPoolExecutor scheduler;
    private final ExecutorService cancellations;

    Watchdog() {
        scheduler = new ScheduledThreadPoolExecutor(1, Workers.daemon("js-sandbox-watchdog"));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        cancellations = Executors.newCachedThreadPool(Workers.daemon("js-sandbox-cancel"));
    }

    /** Starts the clock of one run on {@code context}; it expires after {@code nanos}. */
    Timer start(SandboxContext context, long nanos) {
        Timer timer = new Timer(context, cancellations);
        timer.future = scheduler.schedule(timer, Math.max(0, nanos), TimeUnit.NANOSECONDS);
        return timer;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        cancellations.shutdown();
    }

    /** The clock of one run: exactly one of {@link #stop()} and expiry wins. */
    static final class Timer implements Runnable {
        private static final int RUNNING = 0;
        private static final int STOPPED = 1;
        private static final int EXPIRED = 2;

        private final SandboxContext context;
        private final Executor cancellations;
        private final AtomicInteger state = new AtomicInteger(RUNNING);
        private volatile ScheduledFuture<?> future;

        private Timer(SandboxContext context, Executor cancellations) {
            this.context = context;
            this.cancellations = cancellations;
        }

        @Override
        public void run() {
            if (state.compareAndSet(RUNNING, EXPIRED)) {
                try {
                    cancellations.execute(context::cancel);
                } catch (RejectedExecutionException shutDown) {
                    context.cancel();
                }
            }
        }

        /** Stops the clock; false when the run had already expired (its context is being cancelled). */
        boolean stop() {
            boolean inTime = state.compareAndSet(RUNNING, STOPPED);
            ScheduledFuture<?> scheduled = future;
            if (inTime && scheduled != null) {
                scheduled.cancel(false);
            }
            return inTime;
        }
    }
}
