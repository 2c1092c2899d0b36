package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.dotportion.server.logging.AccessLog;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

class LoggingTest {
    private final CommandSpec spec =
            new CommandLine(new Main()).getSubcommands().get("serve").getCommandSpec();
    private final Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);

    @AfterEach
    void access_log_off_again() {
        access.setLevel(Level.OFF);
    }

    @Test
    void a_log_format_other_than_text_or_json_is_a_usage_error_that_names_the_variable_only() {
        assertThatThrownBy(() -> Logging.install(spec, false, Map.of(Logging.FORMAT, "xml")))
                .isInstanceOf(ParameterException.class)
                .hasMessage("DOTPORTION_LOG_FORMAT must be text or json");
    }

    @Test
    void an_access_log_value_other_than_on_or_off_is_a_usage_error() {
        assertThatThrownBy(() -> Logging.install(spec, false, Map.of(Logging.ACCESS_LOG, "yes please")))
                .isInstanceOf(ParameterException.class)
                .hasMessage("DOTPORTION_ACCESS_LOG must be on or off");
        assertThat(access.isInfoEnabled()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"on", "ON", "true", " on "})
    void the_environment_turns_the_access_log_on(String value) {
        Logging.install(spec, false, Map.of(Logging.ACCESS_LOG, value, Logging.FORMAT, "json"));

        assertThat(access.isInfoEnabled()).isTrue();
    }

    @Test
    void the_flag_turns_it_on_and_it_stays_off_otherwise() {
        Logging.install(spec, false, Map.of(Logging.ACCESS_LOG, "off"));
        assertThat(access.isInfoEnabled()).isFalse();
        Logging.install(spec, false, Map.of());
        assertThat(access.isInfoEnabled()).isFalse();

        Logging.install(spec, true, Map.of(Logging.ACCESS_LOG, "off"));
        assertThat(access.isInfoEnabled()).isTrue();
    }
}
