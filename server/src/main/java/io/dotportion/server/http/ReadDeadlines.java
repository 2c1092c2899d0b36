package io.dotportion.server.http;

import io.helidon.http.Headers;
import io.helidon.http.HttpPrologue;
import io.helidon.webserver.ConnectionContext;
import io.helidon.webserver.http1.Http1ConnectionListener;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Deadlines for reading a request: its headers (from the end of the request line to the end of the headers)
 * and its body (while a handler reads it, {@link BoundedBody}) must each arrive within {@code timeout}, however
 * slowly the client trickles them. At the deadline the reading thread is interrupted, which closes the
 * connection (its socket channel is interruptible). The web server itself only bounds the wait for a
 * request line (its idle-connection check); this listener, registered for HTTP/1, bounds the rest.
 *
 * <p>Each reading thread (HTTP/1 reads and handles a connection's requests on the connection's one thread) has
 * one {@link Watch}, registered the first time it reads; arming and disarming it are a write of its due time.
 * One sweeper thread looks over the watches every {@link #tick} (a tenth of the timeout, at most 100 ms) and
 * interrupts the readers past due, so a deadline fires between {@code timeout} and {@code timeout + tick}
 * after it was armed. Watches of threads that ended are dropped by the sweep.
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
    private static final long MAX_TICK_NANOS = Duration.ofMillis(100).toNanos();
    private static final long MIN_TICK_NANOS = Duration.ofMillis(5).toNanos();

    private final long timeoutNanos;
    private final long tick;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Watch> own = ThreadLocal.withInitial(this::register);
    private final Thread sweeper;
    private volatile boolean closed;

    public ReadDeadlines(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        this.tick = Math.clamp(timeoutNanos / 10, MIN_TICK_NANOS, MAX_TICK_NANOS);
        this.sweeper = Thread.ofPlatform().daemon().name("read-deadlines").start(this::sweep);
    }

    /**
     * The deadlines a request was registered with, or none (a request served outside the platform's server).
     * Looked up in the listener's context (whose parent is the server's), not the request's: the request's own
     * context is made on first use, a context and a lock per request.
     */
    static Armed armFor(io.helidon.webserver.http.ServerRequest req) {
        return req.listenerContext()
                .context()
                .get(ReadDeadlines.class)
                .map(ReadDeadlines::arm)
                .orElse(NONE);
    }

    /** Watches the current thread: it is interrupted if the returned deadline is not closed within the timeout. */
    public Armed arm() {
        Watch watch = own.get();
        watch.arm(System.nanoTime() + timeoutNanos);
        return watch;
    }

    @Override
    public void prologue(ConnectionContext ctx, HttpPrologue prologue) {
        Watch watch = own.get();
        watch.close(); // a header deadline left armed by a request whose headers failed
        watch.arm(System.nanoTime() + timeoutNanos);
    }

    @Override
    public void headers(ConnectionContext ctx, Headers headers) {
        own.get().close();
    }

    /** How often the sweeper looks at the watches, in nanoseconds. */
    long tick() {
        return tick;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(sweeper);
        watches.clear();
    }

    private Watch register() {
        Watch watch = new Watch(Thread.currentThread());
        watches.add(watch);
        return watch;
    }

    private void sweep() {
        while (!closed) {
            LockSupport.parkNanos(tick);
            long now = System.nanoTime();
            for (Watch watch : watches) {
                watch.expire(now);
                if (!watch.reader.isAlive()) {
                    watches.remove(watch);
                }
            }
        }
    }
}
