package io.dotportion.server.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client errors (a body abandoned mid-request, a malformed request line ...) in the system log without
 * letting a client flood it: one WARN line per kind and {@code every} (default a minute), carrying how many
 * happened since the last line of that kind; never a stack trace, never request content.
 */
public final class ClientErrorLog {
    private static final Logger LOG = LoggerFactory.getLogger(ClientErrorLog.class);

    private record Window(Instant reported, long unreported, long total) {}

    private final Clock clock;
    private final Duration every;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public ClientErrorLog(Clock clock, Duration every) {
        this.clock = clock;
        this.every = every;
    }

    public ClientErrorLog(Clock clock) {
        this(clock, Duration.ofMinutes(1));
    }

    /** Counts one error of {@code kind} (fixed text, never request content); logs it when its kind is due. */
    public void record(String kind) {
        Instant now = clock.instant();
        long[] due = {0};
        windows.compute(kind, (k, w) -> {
            long unreported = (w == null ? 0 : w.unreported()) + 1;
            long total = (w == null ? 0 : w.total()) + 1;
            if (w == null || !now.isBefore(w.reported().plus(every))) {
                due[0] = unreported;
                return new Window(now, 0, total);
            }
            return new Window(w.reported(), unreported, total);
        });
        if (due[0] > 0) {
            LOG.warn(
                    "client error: {} ({} since the last report of this kind; at most one report per {} s)",
                    kind,
                    due[0],
                    every.toSeconds());
        }
    }

    /** How many errors of {@code kind} were counted since start. */
    public long total(String kind) {
        Window w = windows.get(kind);
        return w == null ? 0 : w.total();
    }
}
