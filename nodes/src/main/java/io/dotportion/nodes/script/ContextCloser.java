package io.dotportion.nodes.script;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Closes the sandbox's contexts on helper threads, never on the thread that gives one up. Any
 * {@code Context.close} may first close contexts that the garbage collector found unreachable, for every
 * engine of the process, from one shared queue; if one of those is still entered by a run that never stops,
 * that close waits as long as the run. A thread handing a context here waits for its close at most
 * {@code wait} (a close usually takes well under a millisecond), then goes on; {@link #shutdown} waits a
 * bounded time too. A close that never returns holds one daemon thread, not the caller or the sandbox. Used
 * where nothing creates a context next on the same thread: the pool's shutdown, a written-off context whose
 * run ended (on the housekeeping thread), the parser's context. (The sandbox also keeps its written-off contexts reachable until their runs end:
 * {@link ContextPool#discard}.)
 */
final class ContextCloser {
    private final ExecutorService threads = Executors.newCachedThreadPool(Workers.daemon("js-sandbox-close"));
    private final Duration wait;

    ContextCloser(Duration wait) {
        this.wait = wait;
    }

    /** Closes the context on a helper thread and waits for that at most {@code wait}; false when it did not end. */
    boolean close(SandboxContext context) {
        Future<?> closing;
        try {
            closing = threads.submit(context::close);
        } catch (RejectedExecutionException shutDown) {
            Workers.daemon("js-sandbox-late-close").newThread(context::close).start();
            return false;
        }
        try {
            closing.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException stillClosing) {
            return false;
        } catch (ExecutionException failed) {
            return true; // the close threw: the context is unusable either way
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code closing} in the background, like a context's close. */
    void run(Runnable closing) {
        try {
            threads.execute(closing);
        } catch (RejectedExecutionException shutDown) {
            Workers.daemon("js-sandbox-late-close").newThread(closing).start();
        }
    }

    /** Takes no more closes and waits up to {@code wait} for those under way; false when some still run. */
    boolean shutdown(Duration wait) {
        threads.shutdown();
        try {
            return threads.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
