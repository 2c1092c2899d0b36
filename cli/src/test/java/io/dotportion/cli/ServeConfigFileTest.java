package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dotportion serve --config FILE}: the real server from a config file, flags and variables over it. */
class ServeConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void serve_starts_from_a_yaml_file_with_a_flag_and_a_variable_winning_over_its_keys() throws Exception {
        int port = ChildServer.freePort();
        Path config = dir.resolve("dotportion.yaml");
        Files.writeString(config, """
                server:
                  host: 192.0.2.1    # not an address of this machine: the --host flag must win
                  port: 1            # DOTPORTION_PORT must win
                  data: %s
                api:
                  max-body-bytes: 2048
                """.formatted(dir.resolve("data")), StandardCharsets.UTF_8);

        try (ChildServer child = ChildServer.serve(
                dir,
                port,
                List.of("--config", config.toString(), "--host", "127.0.0.1"),
                Map.of("DOTPORTION_PORT", String.valueOf(port)))) {
            Http http = new Http(child.port());
            http.newUser("fromfile");
            Map<String, Object> large =
                    Map.of("email", "large@example.com", "username", "large", "password", "x".repeat(4000));
            assertThat(http.call("POST", "/v1/auth/signup", large, null).status())
                    .as("the file's api.max-body-bytes")
                    .isEqualTo(413);
            assertThat(dir.resolve("data/store.mv")).exists();
        }
    }

    @Test
    void serve_with_an_unknown_key_in_a_properties_file_stops_before_starting_and_names_the_key() throws IOException {
        Path config = dir.resolve("dotportion.properties");
        Files.writeString(config, "server.data=" + dir.resolve("data") + "\nlimits.loop-max-iteration=5\n");

        Cli.Run run = Cli.withEnvironment(Map.of(), "serve", "--config", config.toString(), "--port", "0");

        assertThat(run.code()).isEqualTo(ServeCommand.BAD_SETTINGS);
        assertThat(run.err())
                .contains("unknown setting 'limits.loop-max-iteration'")
                .contains("did you mean 'limits.loop-max-iterations'?");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void serve_with_a_bad_value_in_the_environment_names_the_variable_and_what_is_allowed() {
        Cli.Run run = Cli.withEnvironment(
                Map.of("DOTPORTION_DATA", dir.resolve("data").toString(), "DOTPORTION_SHUTDOWN_GRACE", "forever"),
                "serve",
                "--port",
                "0");

        assertThat(run.code()).isEqualTo(ServeCommand.BAD_SETTINGS);
        assertThat(run.err())
                .contains("server.shutdown-grace (from DOTPORTION_SHUTDOWN_GRACE)")
                .contains("a duration from 0s to 10m");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void a_store_command_reads_the_same_config_file_and_refuses_its_unknown_keys() throws IOException {
        Path config = dir.resolve("dotportion.yaml");
        Files.writeString(config, "server:\n  data: " + dir.resolve("data") + "\n  prot: 8080\n");

        Cli.Run run = Cli.withEnvironment(
                Map.of("DOTPORTION_CONFIG", config.toString()),
                "backup",
                dir.resolve("backup").toString());

        assertThat(run.code()).isEqualTo(ServeCommand.BAD_SETTINGS);
        assertThat(run.err()).contains("unknown setting 'server.prot'").contains("did you mean 'server.port'?");
    }

    @Test
    void the_help_of_serve_lists_every_setting_flag_with_its_variable_and_key() {
        Cli.Run run = Cli.run("serve", "--help");

        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("--config")
                .contains("--cors-max-age")
                .contains("DOTPORTION_CORS_MAX_AGE")
                .contains("cors-max-age; default 10m")
                .contains("--log-traces-per-second")
                .doesNotContain("--master-key ");
    }
}
