package io.dotportion.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import io.dotportion.core.value.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class ScrubbedJsonEncoderTest {

    private static String encode(LoggingEvent event, LoggerContext context) {
        ScrubbedJsonEncoder encoder = new ScrubbedJsonEncoder();
        encoder.setContext(context);
        encoder.setWithArguments(true); // every field on: none may carry a secret
        encoder.setWithMessage(true);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        assertThat(line).endsWith("\n").doesNotContain("\n{");
        return line;
    }

    private static LoggerContext context() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    @Test
    void a_log_line_is_logbacks_json_object_with_level_logger_and_message() {
        LoggerContext context = context();
        Logger logger = context.getLogger("io.dotportion.test");
        String line = encode(
                new LoggingEvent("test", logger, Level.WARN, "{} deployed workflow(s) serving", null, new Object[] {3}),
                context);

        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(line.strip());
        assertThat(json)
                .containsEntry("level", "WARN")
                .containsEntry("loggerName", "io.dotportion.test")
                .containsEntry("formattedMessage", "3 deployed workflow(s) serving")
                .containsKeys("timestamp", "threadName");
    }

    @Test
    void messages_arguments_key_values_mdc_errors_and_their_causes_lose_connection_strings_and_passwords() {
        LoggerContext context = context();
        context.getMDCAdapter().put("store", "mongodb://app:mdc-canary@db:27017/x");
        Logger logger = context.getLogger("io.dotportion.test");
        IllegalStateException cause = new IllegalStateException("password=cause-canary");
        RuntimeException error = new RuntimeException("bad url mongodb+srv://u:error-canary@cluster/x", cause);
        error.addSuppressed(new IllegalArgumentException("mongodb://u:suppressed-canary@h/x"));
        LoggingEvent event = new LoggingEvent(
                "test",
                logger,
                Level.ERROR,
                "cannot reach {} (template mongodb://u:template-canary@h/x)",
                error,
                new Object[] {"mongodb://app:arg-canary@db:27017/x"});
        event.setKeyValuePairs(List.of(new KeyValuePair("target", "mongodb://u:kvp-canary@h/x")));

        String line = encode(event, context);

        assertThat(line)
                .contains("RuntimeException", "IllegalStateException", "IllegalArgumentException")
                .contains("[connection string hidden]", "password=<hidden>")
                .doesNotContain("arg-canary", "template-canary", "mdc-canary", "kvp-canary")
                .doesNotContain("error-canary", "cause-canary", "suppressed-canary");
        assertThat(Json.parse(line.strip())).isInstanceOf(Map.class);
    }
}
