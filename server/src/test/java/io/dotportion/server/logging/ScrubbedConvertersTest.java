package io.dotportion.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScrubbedConvertersTest {

    private static String format(String message, Throwable error) {
        LoggerContext context = new LoggerContext();
        context.putObject(
                ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY,
                Map.of(
                        "scrubbedMsg", ScrubbedMessageConverter.class.getName(),
                        "scrubbedEx", ScrubbedThrowableConverter.class.getName()));
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%scrubbedMsg%n%scrubbedEx");
        layout.start();
        Logger logger = context.getLogger("test");
        return layout.doLayout(new LoggingEvent("test", logger, Level.WARN, message, error, null));
    }

    @Test
    void log_lines_lose_connection_strings_and_passwords() {
        String line =
                format("cannot reach mongodb://app:pa55word-canary@db.example:27017/app; password=other-canary", null);
        assertThat(line)
                .doesNotContain("pa55word-canary")
                .doesNotContain("other-canary")
                .contains("mongodb://[connection string hidden]")
                .contains("password=<hidden>");
    }

    @Test
    void logged_exceptions_lose_them_too() {
        String line = format("failed", new IllegalStateException("bad url mongodb+srv://u:exception-canary@cluster/x"));
        assertThat(line).contains("IllegalStateException").doesNotContain("exception-canary");
    }
}
