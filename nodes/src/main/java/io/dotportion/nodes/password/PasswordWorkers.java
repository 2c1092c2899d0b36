package io.dotportion.nodes.password;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform threads password hashes run on. A hash is seconds of pure CPU at worst: on a request's virtual
 * thread it would hold a carrier (the threads every request shares) for all that time, so the node hands it here
 * and its virtual thread waits, unmounted. At most {@code threads} hashes run at once, which also bounds the
 * memory they take (each holds its memory cost while it runs); the others wait in line, each for no longer than
 * its execution has left. Idle threads end after a while; {@link #close} ends them all.
 */
public final class PasswordWorkers implements AutoCloseable {
    private final ThreadPoolExecutor pool;

    /** {@code threads} hashes at once. */
    public PasswordWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        AtomicInteger count = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "password-hash-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** Half the processors, at least two. */
    public static PasswordWorkers standard() {
        return new PasswordWorkers(Math.max(2, Runtime.getRuntime().availableProcessors() / 2));
    }

    /**
     * Runs {@code work} on a worker and waits for its result for at most {@code within}.
     *
     * @throws TimeoutException when it did not finish in time (it is cancelled if it has not started)
     */
    <T> T run(Callable<T> work, Duration within) throws TimeoutException {
        Future<T> future = pool.submit(work);
        try {
            return future.get(Math.max(0, within.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(false);
            throw e;
        } catch (InterruptedException e) {
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("hash failed");
        } catch (CancellationException e) {
            throw new TimeoutException("cancelled");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
