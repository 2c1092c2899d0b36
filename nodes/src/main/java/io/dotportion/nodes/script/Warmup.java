package io.dotportion.nodes.script;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work done ahead of demand on one background platform thread: filling the context pool, and evaluating
 * each prepared script into the idle contexts, so the first requests after a start or a deploy find a
 * warm context. Best effort: when more than {@link #MAX_WAITING} tasks wait, new ones are left out (the
 * runs then do the same work lazily), and a failure only means a context is replaced. Evaluating a
 * prepared script only creates its function (no user code runs), and is watched like a run all the same.
 */
final class Warmup implements AutoCloseable {
    static final int MAX_WAITING = 1024;
    /** How long evaluating one script into one context may take. */
    static final Duration LOAD_LIMIT = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final ContextPool pool;
    private final Watchdog watchdog;
    private final long maxAllocation;
    private final ThreadPoolExecutor executor;

    Warmup(ContextPool pool, Watchdog watchdog, long maxAllocation) {
        this.pool = pool;
        this.watchdog = watchdog;
        this.maxAllocation = maxAllocation;
        this.executor = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(MAX_WAITING),
                Workers.daemon("js-sandbox-warmup"),
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Creates contexts in the background until the pool holds as many as it may. */
    void fillPool() {
        submit(this::fill);
    }

    /** Evaluates {@code script} into every context idle when the task runs (creating them first if needed). */
    void load(PreparedScript script) {
        submit(() -> {
            fill();
            pool.forEachIdle(context -> watched(context, script));
        });
    }

    private void watched(SandboxContext context, PreparedScript script) {
        Watchdog.Timer timer = watchdog.start(context, LOAD_LIMIT.toNanos(), maxAllocation, null);
        try {
            context.load(script);
        } finally {
            if (!timer.stop()) {
                throw new ScriptException(ScriptException.Kind.TIME_LIMIT, "loading the script took too long");
            }
        }
    }

    private void fill() {
        boolean grown;
        do {
            grown = pool.grow();
        } while (grown);
    }

    /** Waits until the tasks submitted before this call are done; false on timeout. */
    boolean awaitQuiet(Duration timeout) throws InterruptedException {
        try {
            executor.submit(() -> {}).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            return false;
        }
    }

    private void submit(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.debug("sandbox warm-up failed ({})", e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException closed) {
            LOG.trace("sandbox warm-up skipped: closed");
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
