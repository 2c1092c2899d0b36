package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import io.dotportion.core.value.Json;
import io.dotportion.server.logging.AccessLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped logback.xml: text lines by default, one scrubbed JSON object per line (logback's JsonEncoder) with
 * DOTPORTION_LOG_FORMAT=json, the access log off, and nothing that makes logback print its own status.
 */
class LogFormatTest {

    @Test
    void json_format_writes_one_parseable_scrubbed_object_per_line() throws Exception {
        String out = logWith("json");

        @SuppressWarnings("unchecked")
        Map<String, Object> line = (Map<String, Object>) Json.parse(out.strip());
        assertThat(line.get("level")).isEqualTo("INFO");
        assertThat(line.get("loggerName")).isEqualTo("io.dotportion.probe");
        assertThat(line.get("formattedMessage").toString()).startsWith("store at mongodb://[connection string hidden]");
        assertThat(line).containsKeys("timestamp", "threadName").doesNotContainKeys("arguments", "message", "context");
        assertThat(out).doesNotContain("log-canary");
    }

    @Test
    void json_errors_key_values_and_mdc_are_scrubbed_too() throws Exception {
        String out = logWith("json", context -> {
            context.getMDCAdapter().put("url", "mongodb://u:mdc-canary@db/x");
            context.getLogger("io.dotportion.probe")
                    .atWarn()
                    .addKeyValue("target", "mongodb://u:kvp-canary@db/x")
                    .setCause(new IllegalStateException(
                            "bad mongodb+srv://u:error-canary@cluster/x",
                            new RuntimeException("password=cause-canary")))
                    .log("failed");
        });

        assertThat(out)
                .contains("IllegalStateException", "RuntimeException", "[connection string hidden]")
                .doesNotContain("mdc-canary", "kvp-canary", "error-canary", "cause-canary");
        assertThat(Json.parse(out.strip())).isInstanceOf(Map.class);
    }

    @Test
    void the_default_format_stays_text() throws Exception {
        String out = logWith(null);

        assertThat(out)
                .contains("INFO")
                .contains("store at mongodb://[connection string hidden]")
                .doesNotStartWith("{")
                .doesNotContain("log-canary");
    }

    @Test
    void driver_url_warnings_and_the_embedded_wire_log_never_reach_the_system_log() throws Exception {
        String out = logWith(null, context -> {
            context.getLogger("org.mongodb.driver.uri")
                    .warn("Ignoring unrecognized boolean value 'option-canary' "
                            + "in the connection string for 'ssl'");
            context.getLogger("de.bwaldvogel.mongo.wire.MongoWireProtocolHandler")
                    .error("failed to handle {\"find\": \"users\", \"filter\": {\"email\": \"payload-canary\"}}");
            context.getLogger("org.mongodb.driver.cluster").warn("still shown");
        });

        assertThat(out).contains("still shown").doesNotContain("option-canary").doesNotContain("payload-canary");
    }

    @Test
    void the_access_log_is_off_unless_turned_on() throws Exception {
        String out = logWith(null, context -> {
            context.getLogger(AccessLog.LOGGER).info("GET /off 200 1.0ms");
            context.getLogger(AccessLog.LOGGER).setLevel(Level.INFO);
            context.getLogger(AccessLog.LOGGER).info("GET /on 200 1.0ms");
        });

        assertThat(out).contains("GET /on 200").doesNotContain("GET /off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void the_configuration_gives_logback_no_reason_to_print_its_status(String format) throws Exception {
        LoggerContext context = configured(format);
        try {
            // logback prints its status at start when there is a warning or an error and no status listener
            assertThat(new StatusUtil(context).getHighestLevel(0))
                    .as("%s", context.getStatusManager().getCopyOfStatusList())
                    .isLessThan(Status.WARN);
            assertThat(StatusUtil.contextHasStatusListener(context)).isTrue();
        } finally {
            context.stop();
        }
    }

    private static String logWith(String format) throws JoranException {
        return logWith(
                format,
                context -> context.getLogger("io.dotportion.probe")
                        .info("store at {}", "mongodb://u:log-canary@db:27017/x"));
    }

    private static String logWith(String format, Consumer<LoggerContext> logs) throws JoranException {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggerContext context = null;
        try {
            context = configured(format);
            logs.accept(context);
        } finally {
            if (context != null) {
                context.stop();
            }
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static LoggerContext configured(String format) throws JoranException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        if (format != null) {
            context.putProperty(Logging.FORMAT, format);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
        return context;
    }
}
