package io.dotportion.nodes.jwt;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a token lifetime: {@code 30s}, {@code 10m}, {@code 1h}, {@code 7d} (a whole number and one unit), or a
 * whole number of seconds given as a JSON number. Zero and negative lifetimes are not lifetimes.
 */
final class Lifetime {
    static final Duration DEFAULT = Duration.ofHours(1);
    static final String FORMAT =
            "a whole number followed by s, m, h or d (like 30s, 10m, 1h, 7d), or a number of seconds";
    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})([smhd])");
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Integer.MAX_VALUE);

    private Lifetime() {}

    /** The lifetime {@code value} denotes, or empty when it is not one. */
    static Optional<Duration> parse(Object value) {
        return switch (value) {
            case String s -> text(s);
            case Integer i -> seconds(BigDecimal.valueOf(i));
            case Long l -> seconds(BigDecimal.valueOf(l));
            case BigInteger b -> seconds(new BigDecimal(b));
            case BigDecimal b -> seconds(b);
            case Double d when Double.isFinite(d) -> seconds(BigDecimal.valueOf(d));
            case null, default -> Optional.empty();
        };
    }

    private static Optional<Duration> text(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return duration.isZero() ? Optional.empty() : Optional.of(duration);
    }

    private static Optional<Duration> seconds(BigDecimal seconds) {
        boolean whole = seconds.stripTrailingZeros().scale() <= 0;
        if (!whole || seconds.signum() <= 0 || seconds.compareTo(MAX_SECONDS) > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(seconds.longValueExact()));
    }
}
