package io.dotportion.e2e.support;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;

/**
 * The console errors a test must not see. The one expected failure is the signed-out probe of
 * {@code /v1/auth/me} (401) with which the app learns whether a session exists.
 */
public final class ConsoleErrors {
    private static final String SESSION_PROBE =
            "/v1/auth/me - Failed to load resource: the server responded with a status of 401";

    private ConsoleErrors() {}

    public static List<String> in(List<LogEntry> entries) {
        return in(entries, List.of());
    }

    /** The errors, less those containing one of {@code expected} (a failure a test provoked on purpose). */
    public static List<String> in(List<LogEntry> entries, List<String> expected) {
        return entries.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains(SESSION_PROBE))
                .filter(message -> expected.stream().noneMatch(message::contains))
                .toList();
    }
}
