package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes execution logs older than the retention, at start and then every interval. Works on any
 * MongoDB, including the embedded one that ignores TTL indexes.
 */
public final class RetentionSweeper implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeper.class);

    private final ExecutionStore store;
    private final Duration retention;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public RetentionSweeper(ExecutionStore store, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
        this.store = store;
        this.retention = retention;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("execution-retention").factory());
    }

    /** Sweeps now and then every {@code interval}, until closed. */
    public RetentionSweeper start(Duration interval) {
        long millis = interval.toMillis();
        if (millis < 1) {
            throw new IllegalArgumentException("interval must be at least a millisecond");
        }
        scheduler.scheduleWithFixedDelay(this::sweepQuietly, 0, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Deletes executions started before now minus the retention; returns how many. */
    public long sweepOnce() {
        return store.deleteStartedBefore(clock.instant().minus(retention));
    }

    private void sweepQuietly() {
        try {
            long deleted = sweepOnce();
            if (deleted > 0) {
                LOG.info("deleted {} execution logs older than {}", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.warn("deleting old execution logs failed ({})", e.getClass().getSimpleName());
            LOG.debug("retention sweep failed", e);
        }
    }

    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
