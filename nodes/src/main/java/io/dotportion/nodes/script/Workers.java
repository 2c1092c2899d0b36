package io.dotportion.nodes.script;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform threads scripts run on, one per pooled context, started on demand. Callers (typically
 * virtual threads serving requests) hand a run over and wait for it: a script is CPU-bound and cannot
 * yield, so running it on a virtual thread would hold one of the few carrier threads for up to its whole
 * time limit and stall every other request; platform threads are time-sliced by the operating system.
 *
 * <p>A worker whose run was written off (cancelled, but it did not stop) is replaced by a new thread, up
 * to {@code maxStuck} of them at once; the stuck thread ends on its own when its run finally stops, and
 * the pool shrinks back. Past {@code maxStuck}, stuck workers are not replaced and the pool serves with
 * fewer threads (and reports itself not ready).
 */
final class Workers implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final int threads;
    private final int maxStuck;
    private int stuck;

    Workers(int threads, int maxStuck) {
        this.threads = threads;
        this.maxStuck = maxStuck;
        this.executor = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), daemon("js-sandbox-worker"));
    }

    /** Queues a run; it starts as soon as a worker is free. */
    void submit(Runnable run) {
        try {
            executor.execute(run);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the script sandbox is closed");
        }
    }

    /** A run was written off while its worker still runs it: start a replacement, within {@code maxStuck}. */
    synchronized void stuck() {
        stuck++;
        resize();
    }

    /** A written-off run stopped at last: its thread is back, one replacement fewer is needed. */
    synchronized void recovered() {
        stuck--;
        resize();
    }

    synchronized int stuckCount() {
        return stuck;
    }

    int maxStuck() {
        return maxStuck;
    }

    private void resize() {
        if (executor.isShutdown()) {
            return;
        }
        int size = threads + Math.min(stuck, maxStuck);
        if (size > executor.getMaximumPoolSize()) {
            executor.setMaximumPoolSize(size);
            executor.setCorePoolSize(size);
        } else {
            executor.setCorePoolSize(size);
            executor.setMaximumPoolSize(size);
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
