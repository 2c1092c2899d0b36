package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretStore;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns of secret writes made by other processes sharing the store: every interval it reads the
 * change stamps of the cached projects (one query by _id) and drops copies the store has moved past.
 * Works without change streams or transactions. Runs on one daemon thread until closed.
 */
final class ChangeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);

    private final SecretStore store;
    private final SecretCache cache;
    private final ScheduledExecutorService scheduler;

    ChangeWatcher(SecretStore store, SecretCache cache, Duration interval) {
        this.store = store;
        this.cache = cache;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "secret-change-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::pollSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** One poll; also callable directly. */
    void poll() {
        Set<String> cached = cache.cachedProjects();
        if (cached.isEmpty()) {
            return;
        }
        Map<String, Long> stamps = store.stamps(cached);
        for (Map.Entry<String, Long> entry : stamps.entrySet()) {
            cache.invalidateOlderThan(entry.getKey(), entry.getValue());
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("secret change poll failed ({}); retrying", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
