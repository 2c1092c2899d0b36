package io.dotportion.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import io.dotportion.core.value.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineLayoutTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> format(String message, Object[] args, Throwable error) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        JsonLineLayout layout = new JsonLineLayout();
        layout.setContext(context);
        layout.start();
        Logger logger = context.getLogger("io.dotportion.test");
        String line = layout.doLayout(new LoggingEvent("test", logger, Level.WARN, message, error, args));
        assertThat(line).endsWith(System.lineSeparator()).doesNotContain("\n{");
        return (Map<String, Object>) Json.parse(line.strip());
    }

    @Test
    void a_log_line_is_one_json_object_with_level_logger_and_message() {
        Map<String, Object> line = format("{} deployed workflow(s) serving", new Object[] {3}, null);

        assertThat(line)
                .containsEntry("level", "WARN")
                .containsEntry("logger", "io.dotportion.test")
                .containsEntry("message", "3 deployed workflow(s) serving")
                .containsKeys("time", "thread")
                .doesNotContainKey("error");
    }

    @Test
    void messages_arguments_and_errors_lose_connection_strings_and_passwords() {
        Map<String, Object> line = format(
                "cannot reach {}",
                new Object[] {"mongodb://app:arg-canary@db:27017/x"},
                new IllegalStateException("bad url mongodb+srv://u:error-canary@cluster/x; password=pw-canary"));

        assertThat(Json.write(line))
                .doesNotContain("arg-canary")
                .doesNotContain("error-canary")
                .doesNotContain("pw-canary");
        assertThat(line.get("error").toString()).contains("IllegalStateException");
    }
}
