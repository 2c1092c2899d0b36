package io.dotportion.server.stats;

import io.dotportion.core.port.StatsGranularity;
import io.dotportion.server.http.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The range of a stats request: {@code granularity} (hour, the default, or day) and {@code from}/{@code to}
 * as ISO-8601 instants or dates. {@code from} is rounded down to its bucket; {@code to} is exclusive and
 * defaults to now; {@code from} defaults to the start of the 24 hours (hour) or 30 days (day) that end with
 * the bucket holding {@code to}.
 */
public record StatsQuery(StatsGranularity granularity, Instant from, Instant to) {
    /** At most this many buckets per request: 31 days of hours, or about a year of days. */
    public static final int MAX_BUCKETS = 744;

    public static StatsQuery parse(
            Optional<String> granularity, Optional<String> from, Optional<String> to, Instant now) {
        StatsGranularity g = granularity
                .map(String::strip)
                .map(name -> StatsGranularity.named(name)
                        .orElseThrow(() -> ApiException.invalid("granularity must be hour or day")))
                .orElse(StatsGranularity.HOUR);
        Instant end = to.map(t -> instant(t, "to")).orElse(now);
        Duration span = g == StatsGranularity.HOUR ? Duration.ofHours(24) : Duration.ofDays(30);
        Instant start = g.start(from.map(f -> instant(f, "from"))
                .orElse(g.start(end).minus(span).plus(g.width())));
        if (!start.isBefore(end)) {
            throw ApiException.invalid("from must be before to");
        }
        if (Duration.between(start, end).dividedBy(g.width()) >= MAX_BUCKETS) {
            throw ApiException.invalid("the range covers more than " + MAX_BUCKETS + " " + g.label() + "s");
        }
        return new StatsQuery(g, start, end);
    }

    private static Instant instant(String text, String name) {
        String value = text.strip();
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name + " must be an ISO-8601 instant (2025-01-31T10:00:00Z) or date");
        }
    }
}
