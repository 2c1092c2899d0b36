package io.dotportion.store.log;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Lets one warning through per interval, so a flood of the same problem logs one line a minute. */
final class WarningGate {
    private final Clock clock;
    private final long intervalMillis;
    private final AtomicLong nextAllowedMillis = new AtomicLong(Long.MIN_VALUE);

    WarningGate(Clock clock, Duration interval) {
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
    }

    boolean tryPass() {
        long now = clock.millis();
        long next = nextAllowedMillis.get();
        return now >= next && nextAllowedMillis.compareAndSet(next, now + intervalMillis);
    }
}
