package io.dotportion.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One precedence for every setting: a flag over an environment variable over a config file key over the default. */
class SettingsResolverTest {
    private final SettingsResolver resolver = SettingsResolver.serve();

    @TempDir
    Path dir;

    @Test
    void a_flag_wins_over_the_environment_and_the_file() throws IOException {
        Path file = yaml("server:\n  port: 7003\n");
        PlatformConfig config =
                resolve(Map.of("--port", "7001", "--config", file.toString()), Map.of("DOTPORTION_PORT", "7002"));
        assertThat(config.port()).isEqualTo(7001);
    }

    @Test
    void the_environment_wins_over_the_file() throws IOException {
        Path file = yaml("server:\n  port: 7003\n");
        PlatformConfig config =
                resolve(Map.of(), Map.of("DOTPORTION_PORT", "7002", "DOTPORTION_CONFIG", file.toString()));
        assertThat(config.port()).isEqualTo(7002);
    }

    @Test
    void a_flag_wins_over_the_file_without_an_environment_variable() throws IOException {
        Path file = yaml("limits:\n  execution-timeout-ms: 3000\n");
        PlatformConfig config =
                resolve(Map.of("--execution-timeout-ms", "2000", "--config", file.toString()), Map.of());
        assertThat(config.limits().executionTimeout()).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void the_file_wins_over_the_default_and_the_default_stands_when_nothing_is_given() throws IOException {
        Path file = yaml("gateway:\n  cors-max-age: 30s\n");
        assertThat(resolve(Map.of("--config", file.toString()), Map.of())
                        .gateway()
                        .corsMaxAge())
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(resolve(Map.of(), Map.of()).gateway().corsMaxAge())
                .isEqualTo(PlatformConfig.defaults(dir).gateway().corsMaxAge());
    }

    @Test
    void the_flag_names_the_config_file_over_the_environment_variable() throws IOException {
        Path flagged = yaml("server:\n  port: 7101\n");
        Path other = dir.resolve("other.yaml");
        Files.writeString(other, "server:\n  port: 7102\n");
        assertThat(resolve(Map.of("--config", flagged.toString()), Map.of("DOTPORTION_CONFIG", other.toString()))
                        .port())
                .isEqualTo(7101);
    }

    @Test
    void a_blank_environment_variable_counts_as_not_set() throws IOException {
        Path file = yaml("server:\n  host: 127.0.0.9\n");
        assertThat(resolve(Map.of("--config", file.toString()), Map.of("DOTPORTION_HOST", "  "))
                        .host())
                .isEqualTo("127.0.0.9");
    }

    @Test
    void nested_yaml_flat_yaml_keys_and_lists_all_reach_their_settings() throws IOException {
        Path file = yaml("""
                server.port: 7201
                limits:
                  log-retention-days: 3
                execution-log:
                  traces-per-second: 4
                  sample-above: 0.75
                egress:
                  allow: [10.0.0.0/8, db.internal:27017]
                cluster:
                  poll-interval: 500ms
                login-throttle:
                  pair-max-delay: 2m
                """);
        PlatformConfig config = resolve(Map.of("--config", file.toString()), Map.of());
        assertThat(config.port()).isEqualTo(7201);
        assertThat(config.limits().logRetention()).isEqualTo(Duration.ofDays(3));
        assertThat(config.tracesPerSecond()).isEqualTo(4);
        assertThat(config.executionLog().highWaterFraction()).isEqualTo(0.75);
        assertThat(config.egressAllow().size()).isEqualTo(2);
        assertThat(config.cluster().pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.loginThrottle().pair().maxDelay()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_properties_file_is_read_like_yaml() throws IOException {
        Path file = dir.resolve("dotportion.properties");
        Files.writeString(
                file,
                "server.port=7301\nstore.database=other_db\negress.allow=10.0.0.0/8,10.1.0.0/16\n"
                        + "user-databases.max-pool-size=3\n");
        PlatformConfig config = resolve(Map.of("--config", file.toString()), Map.of());
        assertThat(config.port()).isEqualTo(7301);
        assertThat(config.database()).isEqualTo("other_db");
        assertThat(config.egressAllow().size()).isEqualTo(2);
        assertThat(config.userDatabases().maxPoolSize()).isEqualTo(3);
    }

    @Test
    void the_data_directory_from_the_file_is_made_absolute() throws IOException {
        Path file = yaml("server:\n  data: " + dir.resolve("x/../d") + "\n");
        assertThat(resolve(Map.of("--config", file.toString()), Map.of()).dataDir())
                .isEqualTo(dir.resolve("d"));
    }

    private PlatformConfig resolve(Map<String, String> flags, Map<String, String> env) {
        return resolver.resolve(flags, env).platformConfig();
    }

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("dotportion.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    static void assertProblem(Runnable run, String... parts) {
        assertThatThrownBy(run::run)
                .isInstanceOf(SettingsException.class)
                .satisfies(e -> assertThat(((SettingsException) e).problems())
                        .anySatisfy(p -> assertThat(p).contains(parts)));
    }
}
