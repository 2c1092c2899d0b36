package io.dotportion.server.http;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Deadlines for reading a request: its headers (from the end of the request line to the end of the headers)
 * and its body (while a handler reads it, {@link BoundedBody}) must each arrive within {@code timeout}, however
 * slowly the client trickles them. At the deadline the reading thread is interrupted, which closes the
 * connection (its socket channel is interruptible). The web server itself only bounds the wait for a
 * request line (its idle-connection check); this listener, registered for HTTP/1, bounds the rest.
 */
public final class ReadDeadlines implements Http1ConnectionListener, AutoCloseable {
    /** A deadline being watched; closing it (when the read is done) disarms it. */
    public interface Armed extends AutoCloseable {
        /** Whether the deadline passed and the reading thread was interrupted. */
        boolean fired();

        @Override
        void close();
    }

    private static final Armed NONE = new Armed() {
        @Override
        public boolean fired() {
            return false;
        }

        @Override
        public void close() {}
    };

    private final Duration timeout;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().daemon().name("read-deadlines").factory());
    private final Map<ConnectionContext, Armed> readingHeaders = new ConcurrentHashMap<>();

    public ReadDeadlines(Duration timeout) {
        this.timeout = timeout;
        timer.setRemoveOnCancelPolicy(true); // a disarmed deadline leaves the queue at once, not when it would fire
    }

    /** The deadlines a request was registered with, or none (a request served outside the platform's server). */
    static Armed armFor(io.helidon.webserver.http.ServerRequest req) {
        return req.context().get(ReadDeadlines.class).map(ReadDeadlines::arm).orElse(NONE);
    }

    /** Watches the current thread: it is interrupted if the returned deadline is not closed within the timeout. */
    public Armed arm() {
        Deadline deadline = new Deadline(Thread.currentThread());
        deadline.future = timer.schedule(deadline::fire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        return deadline;
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        Armed previous = readingHeaders.put(ctx, arm());
        if (previous != null) {
            previous.close();
        }
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        Armed armed = readingHeaders.remove(ctx);
        if (armed != null) {
            armed.close();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        readingHeaders.clear();
    }

    private final class Deadline implements Armed {
        private final Thread reader;
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile boolean fired;
        private volatile ScheduledFuture<?> future;

        Deadline(Thread reader) {
            this.reader = reader;
        }

        void fire() {
            if (done.compareAndSet(false, true)) {
                fired = true;
                readingHeaders.values().remove(this);
                reader.interrupt();
            }
        }

        @Override
        public boolean fired() {
            return fired;
        }

        /** Disarms; when the deadline fired just as the read ended, the reader's interrupt flag is cleared. */
        @Override
        public void close() {
            if (done.compareAndSet(false, true)) {
                if (future != null) {
                    future.cancel(false);
                }
            } else if (fired && Thread.currentThread() == reader) {
                Thread.interrupted();
            }
        }
    }
}
