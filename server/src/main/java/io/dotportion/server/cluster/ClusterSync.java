package io.dotportion.server.cluster;

import io.dotportion.core.port.ChangeLog;
import io.dotportion.core.port.RateLimitStore;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the change follower every poll interval and the sweep of old changes and ended rate-limit windows,
 * on one daemon (virtual) thread, until closed. A failing poll is logged and retried at the next tick
 * without moving the cursor.
 */
public final class ClusterSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterSync.class);

    private final ScheduledExecutorService timer;
    private boolean failing;

    private ClusterSync(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    public static ClusterSync start(
            ChangeFollower follower, ChangeLog log, RateLimitStore limits, ClusterSettings settings, Clock clock) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("cluster-sync").factory());
        ClusterSync sync = new ClusterSync(timer);
        long poll = settings.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(() -> sync.poll(follower), poll, poll, TimeUnit.MILLISECONDS);
        long sweep = settings.sweepInterval().toMillis();
        timer.scheduleWithFixedDelay(() -> sweep(log, limits, settings, clock), sweep, sweep, TimeUnit.MILLISECONDS);
        return sync;
    }

    /** Runs on the timer's single thread only. Logs once when polling starts failing and once when it recovers. */
    private void poll(ChangeFollower follower) {
        try {
            follower.poll();
            if (failing) {
                failing = false;
                LOG.info("reading the change log works again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn(
                        "reading the change log failed ({}); retrying every poll",
                        e.getClass().getSimpleName());
            }
        }
    }

    private static void sweep(ChangeLog log, RateLimitStore limits, ClusterSettings settings, Clock clock) {
        try {
            log.sweep(clock.instant().minus(settings.changeRetention()));
            limits.sweep(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn(
                    "sweeping old changes and rate-limit windows failed ({})",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
