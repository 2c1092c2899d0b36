package io.dotportion.nodes.script;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The platform threads scripts run on, one per pooled context, started on demand. Callers (typically
 * virtual threads serving requests) hand a run over and wait for it: a script is CPU-bound and cannot
 * yield, so running it on a virtual thread would hold one of the few carrier threads for up to its whole
 * time limit and stall every other request; platform threads are time-sliced by the operating system.
 */
final class Workers implements AutoCloseable {
    private final ExecutorService executor;

    Workers(int threads) {
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemon("js-sandbox-worker"));
    }

    /** Runs {@code task} on a worker and waits for its result; its exceptions are rethrown as they are. */
    <T> T call(Supplier<T> task) {
        Future<T> future;
        try {
            future = executor.submit(task::get);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the script sandbox is closed");
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("script run failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new ScriptException(ScriptException.Kind.DEADLINE, "the script run was interrupted");
        }
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
