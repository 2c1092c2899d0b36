package io.dotportion.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The {@code http_server_requests_seconds} timers of one route label, by method and status, resolved once
 * and then found by a scan of a short array (a route sees a handful of statuses): recording a request
 * builds no tags and looks nothing up in the registry. Copy-on-write, so reads take no lock.
 */
final class StatusTimers {
    private final MeterRegistry registry;
    private final Tags route;
    private volatile Entry[] entries = new Entry[0];

    private record Entry(String method, int status, Timer timer) {}

    StatusTimers(MeterRegistry registry, Tags route) {
        this.registry = registry;
        this.route = route;
    }

    void record(String method, int status, long nanos) {
        timer(method, status).record(nanos, TimeUnit.NANOSECONDS);
    }

    Timer timer(String method, int status) {
        for (Entry entry : entries) {
            if (entry.status == status && entry.method.equals(method)) {
                return entry.timer;
            }
        }
        return add(method, status);
    }

    private synchronized Timer add(String method, int status) {
        for (Entry entry : entries) {
            if (entry.status == status && entry.method.equals(method)) {
                return entry.timer;
            }
        }
        Timer timer = HttpTimers.timer(registry, route, method, status);
        Entry[] next = java.util.Arrays.copyOf(entries, entries.length + 1);
        next[entries.length] = new Entry(method, status, timer);
        entries = next;
        return timer;
    }
}
