package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import io.dotportion.core.value.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped logback.xml: text lines by default, one scrubbed JSON object per line with DOTPORTION_LOG_FORMAT=json. */
class LogFormatTest {

    @Test
    void json_format_writes_one_parseable_scrubbed_object_per_line() throws Exception {
        String out = logWith("json");

        Map<?, ?> line = (Map<?, ?>) Json.parse(out.strip());
        assertThat(line.get("level")).isEqualTo("INFO");
        assertThat(line.get("logger")).isEqualTo("io.dotportion.probe");
        assertThat(line.get("message").toString()).startsWith("store at mongodb://[connection string hidden]");
        assertThat(out).doesNotContain("log-canary");
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

    private static String logWith(String format) throws JoranException {
        return logWith(
                format,
                context -> context.getLogger("io.dotportion.probe")
                        .info("store at {}", "mongodb://u:log-canary@db:27017/x"));
    }

    private static String logWith(String format, java.util.function.Consumer<LoggerContext> logs)
            throws JoranException {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        if (format != null) {
            context.putProperty("DOTPORTION_LOG_FORMAT", format);
        }
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogFormatTest.class.getResource("/logback.xml"));
            logs.accept(context);
        } finally {
            context.stop();
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
