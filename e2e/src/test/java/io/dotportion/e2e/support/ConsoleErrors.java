package io.dotportion.e2e.support;

import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;

/**
 * The console errors a test must not see. There is no expected failure: the app learns whether a session exists
 * from {@code GET /v1/auth/session}, which answers 200 signed in or not.
 */
public final class ConsoleErrors {
    private ConsoleErrors() {}

    public static List<String> in(List<LogEntry> entries) {
        return in(entries, List.of());
    }

    /** The errors, less those containing one of {@code expected} (a failure a test provoked on purpose). */
    public static List<String> in(List<LogEntry> entries, List<String> expected) {
        return entries.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> expected.stream().noneMatch(message::contains))
                .toList();
    }
}
