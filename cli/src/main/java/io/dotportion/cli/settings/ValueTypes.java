package io.dotportion.cli.settings;

import io.dotportion.cli.settings.ValueType.BadValue;
import io.dotportion.core.egress.AllowList;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The types of settings, each with its bounds. */
public final class ValueTypes {
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,63}");

    private ValueTypes() {}

    public static ValueType<String> text() {
        return of("text", text -> text);
    }

    public static ValueType<Path> path() {
        return of("a file system path", text -> {
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new BadValue("not a usable path");
            }
        });
    }

    public static ValueType<Integer> integer(int min, int max) {
        return of(range("an integer", min, max), text -> Math.toIntExact(number(text, min, max)));
    }

    public static ValueType<Long> longInteger(long min, long max) {
        return of(range("an integer", min, max), text -> number(text, min, max));
    }

    /** A whole number of milliseconds (settings whose names end in {@code -ms}). */
    public static ValueType<Duration> millis(long min, long max) {
        return of(range("a number of milliseconds", min, max), text -> Duration.ofMillis(number(text, min, max)));
    }

    /** A whole number of days (settings whose names end in {@code -days}). */
    public static ValueType<Duration> days(int min, int max) {
        return of(range("a number of days", min, max), text -> Duration.ofDays(number(text, min, max)));
    }

    /** A duration with a unit ({@code 500ms}, {@code 10s}, {@code 5m}, {@code 2h}, {@code 7d}) or in ISO-8601. */
    public static ValueType<Duration> duration(Duration min, Duration max) {
        String allowed =
                "a duration from " + Durations.format(min) + " to " + Durations.format(max) + " (ms, s, m, h, d)";
        return of(allowed, text -> {
            Duration value = Durations.parse(text).orElseThrow(() -> new BadValue("not a duration with a unit"));
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new BadValue("out of range");
            }
            return value;
        });
    }

    /** {@link #duration(Duration, Duration)} with bounds written as durations ({@code "1s"}, {@code "1d"}). */
    public static ValueType<Duration> duration(String min, String max) {
        return duration(Durations.parse(min).orElseThrow(), Durations.parse(max).orElseThrow());
    }

    /** A duration's text as the reference shows it and as {@link #duration} reads it back. */
    public static String text(Duration d) {
        return Durations.format(d);
    }

    /** A share above 0 and at most 1. */
    public static ValueType<Double> fraction() {
        return of("a number above 0 and at most 1 (e.g. 0.5)", text -> {
            try {
                double value = Double.parseDouble(text);
                if (value > 0 && value <= 1) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new BadValue("not a share above 0 and at most 1");
        });
    }

    public static ValueType<String> databaseName() {
        return of("1 to 63 letters, digits, '-' or '_'", text -> {
            if (!DATABASE_NAME.matcher(text).matches()) {
                throw new BadValue("not a database name");
            }
            return text;
        });
    }

    /** Comma-separated CIDRs, addresses, hosts and host:ports (a YAML list is joined with commas). */
    public static ValueType<AllowList> allowList() {
        return of(
                "comma-separated CIDRs, addresses, hosts and host:ports (e.g. 10.0.0.0/8,db.internal:27017)", text -> {
                    try {
                        return AllowList.parse(text);
                    } catch (IllegalArgumentException e) {
                        throw new BadValue(e.getMessage());
                    }
                });
    }

    /**
     * A MongoDB connection string; never shown, since it may hold a password, and a credential when it holds a
     * user ({@code user:password@host}).
     */
    public static ValueType<String> connectionString() {
        Function<String, String> parse = text -> {
            if (!text.startsWith("mongodb://") && !text.startsWith("mongodb+srv://")) {
                throw new BadValue("not a MongoDB connection string");
            }
            return text;
        };
        return new Simple<>(
                "a MongoDB connection string (mongodb://... or mongodb+srv://...)", parse, true, ValueTypes::hasUser);
    }

    /** A JVM memory size as {@code -Xmx} takes it: a number of bytes, or of k, m or g ({@code 512m}, {@code 2g}). */
    public static ValueType<String> memorySize() {
        return of("a size such as 512m or 2g (k, m or g; at least 64m)", text -> {
            if (!text.matches("[0-9]{1,12}[kKmMgG]?")) {
                throw new BadValue("not a size");
            }
            char unit = Character.toLowerCase(text.charAt(text.length() - 1));
            long number = Long.parseLong(Character.isDigit(unit) ? text : text.substring(0, text.length() - 1));
            long bytes = number * (unit == 'g' ? 1L << 30 : unit == 'm' ? 1L << 20 : unit == 'k' ? 1L << 10 : 1);
            if (bytes < 64L << 20) {
                throw new BadValue("below 64m");
            }
            return text;
        });
    }

    /** Text never shown (a token). */
    public static ValueType<String> secretText() {
        return secret("text", text -> text);
    }

    /** The master key: base64 of 32 bytes; secret. */
    public static ValueType<String> masterKey() {
        return secret("base64 of 32 bytes", text -> {
            try {
                MasterKey.fromBase64(text);
                return text;
            } catch (MasterKeyException e) {
                throw new BadValue("not base64 of 32 bytes");
            }
        });
    }

    /** Whether the connection string's authority names a user ({@code mongodb://user:password@host/...}). */
    private static boolean hasUser(String url) {
        int start = url.indexOf("//") + 2;
        int end = start;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        return url.substring(start, end).contains("@");
    }

    private static long number(String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new BadValue("not an integer");
        }
        if (value < min || value > max) {
            throw new BadValue("out of range");
        }
        return value;
    }

    private static String range(String what, long min, long max) {
        return max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                ? what + " of at least " + min
                : what + " from " + min + " to " + max;
    }

    private static <T> ValueType<T> of(String allowed, Function<String, T> parse) {
        return new Simple<>(allowed, parse, false, text -> false);
    }

    private static <T> ValueType<T> secret(String allowed, Function<String, T> parse) {
        return new Simple<>(allowed, parse, true, text -> true);
    }

    private record Simple<T>(String allowed, Function<String, T> parser, boolean secret, Predicate<String> credentials)
            implements ValueType<T> {
        @Override
        public T parse(String text) {
            return parser.apply(text);
        }

        @Override
        public boolean credential(String text) {
            return credentials.test(text);
        }
    }
}
