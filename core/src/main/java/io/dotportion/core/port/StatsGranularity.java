package io.dotportion.core.port;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The width of a stats bucket: an hour or a day (UTC). */
public enum StatsGranularity {
    HOUR(ChronoUnit.HOURS),
    DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    StatsGranularity(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The start of the bucket holding {@code instant}. */
    public Instant start(Instant instant) {
        return instant.truncatedTo(unit);
    }

    public Duration width() {
        return unit.getDuration();
    }

    /** The name the API and the store use: {@code hour} or {@code day}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StatsGranularity> named(String label) {
        return Arrays.stream(values()).filter(g -> g.label().equals(label)).findFirst();
    }
}
