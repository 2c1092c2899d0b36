package io.dotportion.server.wiring;

import io.dotportion.nodes.mongo.MongoClientPool;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes the clients of users' databases that sat idle, on a timer (a daemon thread). */
final class IdleClientEviction implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdleClientEviction.class);
    private final ScheduledExecutorService timer;

    private IdleClientEviction(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    static IdleClientEviction start(MongoClientPool pool, Duration every) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("user-db-eviction").factory());
        long ms = Math.max(1, every.toMillis());
        timer.scheduleWithFixedDelay(() -> evict(pool), ms, ms, TimeUnit.MILLISECONDS);
        return new IdleClientEviction(timer);
    }

    private static void evict(MongoClientPool pool) {
        try {
            int closed = pool.evictIdle();
            if (closed > 0) {
                LOG.debug("closed {} idle user database client(s)", closed);
            }
        } catch (RuntimeException e) {
            LOG.warn(
                    "closing idle user database clients failed: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
