package io.dotportion.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock tests move by hand, safe to read and move from any thread. {@link #at} stands still until
 * {@link #advance} moves it; {@link #ticking} follows the system clock plus what {@link #advance} added (for a
 * running platform, whose connections and timers see real time, while tokens and windows see the moved time).
 */
public final class TestClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock(Clock base) {
        this.base = base;
    }

    /** Stands at {@code start} until moved. */
    public static TestClock at(Instant start) {
        return new TestClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Stands at 2025-01-01T00:00:00Z until moved. */
    public static TestClock standing() {
        return at(Instant.parse("2025-01-01T00:00:00Z"));
    }

    /** Runs with the system clock; {@link #advance} jumps it ahead. */
    public static TestClock ticking() {
        return new TestClock(Clock.systemUTC());
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a test clock only moves forward");
        }
        offset.updateAndGet(current -> current.plus(by));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
