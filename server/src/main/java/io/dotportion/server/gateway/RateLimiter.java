package io.dotportion.server.gateway;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.RateLimitStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fixed-window rate limits shared by every instance on one store: one atomic counter increment per request
 * (only for projects that enabled a limit). A client known here to be over its limit for the current window
 * is refused without a store round trip. When the store cannot count, the request passes (a warning is logged
 * once per outage): an unreachable store must not turn every endpoint into a 429.
 */
public final class RateLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

    /** The outcome for one request: {@code resetAt} is the end of the window. */
    public record Decision(boolean limited, long limit, long remaining, Instant resetAt) {}

    private final RateLimitStore store;
    private final Clock clock;
    private final int blockedCacheSize;
    private final ConcurrentHashMap<String, Instant> blocked = new ConcurrentHashMap<>();
    private final AtomicBoolean storeDown = new AtomicBoolean();

    public RateLimiter(RateLimitStore store, Clock clock, int blockedCacheSize) {
        this.store = store;
        this.clock = clock;
        this.blockedCacheSize = blockedCacheSize;
    }

    /** Counts the request of {@code client}; empty when the limit is disabled or the store cannot count. */
    public Optional<Decision> check(String projectId, Project.RateLimit limit, String client) {
        if (!limit.enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        long windowMs = Math.max(1, limit.windowMs());
        long startMs = Math.floorDiv(now.toEpochMilli(), windowMs) * windowMs;
        Instant start = Instant.ofEpochMilli(startMs);
        Instant end = Instant.ofEpochMilli(startMs + windowMs);
        String cacheKey = projectId + "|" + startMs + "|" + client;
        if (blocked.containsKey(cacheKey)) {
            return Optional.of(new Decision(true, limit.max(), 0, end));
        }
        long count;
        try {
            count = store.hit(projectId, client, start, end);
        } catch (RuntimeException e) {
            if (storeDown.compareAndSet(false, true)) {
                LOG.warn(
                        "rate limit counters unavailable ({}); letting requests pass until the store answers",
                        e.getClass().getSimpleName());
            }
            return Optional.empty();
        }
        if (storeDown.compareAndSet(true, false)) {
            LOG.info("rate limit counters available again");
        }
        boolean limited = count > limit.max();
        if (limited) {
            remember(cacheKey, end, now);
        }
        return Optional.of(new Decision(limited, limit.max(), Math.max(0, limit.max() - count), end));
    }

    private void remember(String cacheKey, Instant end, Instant now) {
        if (blockedCacheSize == 0) {
            return;
        }
        if (blocked.size() >= blockedCacheSize) {
            blocked.values().removeIf(until -> !until.isAfter(now));
            if (blocked.size() >= blockedCacheSize) {
                return;
            }
        }
        blocked.put(cacheKey, end);
    }
}
