package io.dotportion.cli.settings;

import static io.dotportion.cli.settings.SettingsResolverTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that cannot be used stop the start with a message naming the setting, never a secret. */
class SettingsProblemsTest {
    private static final String KEY = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));
    private final SettingsResolver resolver = SettingsResolver.serve();

    @TempDir
    Path dir;

    @Test
    void an_unknown_key_is_named_with_the_closest_known_one() throws IOException {
        Path file = file("dotportion.yaml", "limits:\n  execution-timeout: 100\n", "rw-------");
        assertProblem(
                () -> resolve(Map.of("--config", file.toString()), Map.of()),
                "unknown setting 'limits.execution-timeout'",
                file.toString(),
                "did you mean 'limits.execution-timeout-ms'?");
    }

    @Test
    void a_key_without_its_group_is_pointed_to_the_grouped_key() throws IOException {
        Path file = file("dotportion.properties", "port=9000\n", "rw-------");
        assertProblem(
                () -> resolve(Map.of("--config", file.toString()), Map.of()),
                "unknown setting 'port'",
                "did you mean 'server.port'?");
    }

    @Test
    void a_key_far_from_every_setting_points_to_the_reference() throws IOException {
        Path file = file("dotportion.yaml", "completely: different\n", "rw-------");
        assertProblem(
                () -> resolve(Map.of("--config", file.toString()), Map.of()),
                "unknown setting 'completely'",
                "docs/CONFIG.md");
    }

    @Test
    void a_launcher_variable_in_the_file_is_explained_as_environment_only() throws IOException {
        Path file = file("dotportion.properties", "DOTPORTION_JS_JIT=off\n", "rw-------");
        assertProblem(
                () -> resolve(Map.of("--config", file.toString()), Map.of()), "DOTPORTION_JS_JIT", "environment only");
    }

    @Test
    void a_heap_that_is_not_a_size_is_refused_by_serve_too() throws IOException {
        Path file = file("dotportion.yaml", "jvm:\n  heap: 12\n", "rw-------");
        assertProblem(() -> resolve(Map.of("--config", file.toString()), Map.of()), "jvm.heap", "below 64m");
        assertProblem(() -> resolve(Map.of("--heap", "lots"), Map.of()), "jvm.heap", "a size such as 512m");
    }

    @Test
    void every_problem_is_reported_at_once() throws IOException {
        Path file = file("dotportion.yaml", "nope: 1\nserver:\n  port: x\n", "rw-------");
        assertThatThrownBy(
                        () -> resolve(Map.of("--config", file.toString()), Map.of("DOTPORTION_TRUSTED_PROXIES", "-1")))
                .isInstanceOf(SettingsException.class)
                .satisfies(e -> assertThat(((SettingsException) e).problems()).hasSize(3));
    }

    @Test
    void a_bad_integer_names_the_setting_its_origin_and_what_is_allowed() {
        assertProblem(
                () -> resolve(Map.of("--port", "70000"), Map.of()),
                "server.port (from --port)",
                "\"70000\"",
                "an integer from 0 to 65535");
        assertProblem(
                () -> resolve(Map.of(), Map.of("DOTPORTION_LOOP_MAX_ITERATIONS", "many")),
                "limits.loop-max-iterations (from DOTPORTION_LOOP_MAX_ITERATIONS)",
                "not an integer");
    }

    @Test
    void a_bad_duration_fraction_or_name_says_what_is_allowed() throws IOException {
        Path file = file(
                "dotportion.yaml",
                "gateway:\n  cors-max-age: 10\nexecution-log:\n  sample-above: 2\nstore:\n  database: a/b\n",
                "rw-------");
        Map<String, String> flags = Map.of("--config", file.toString());
        assertProblem(
                () -> resolve(flags, Map.of()),
                "gateway.cors-max-age",
                "not a duration with a unit",
                "(ms, s, m, h, d)");
        assertProblem(() -> resolve(flags, Map.of()), "execution-log.sample-above", "above 0 and at most 1");
        assertProblem(() -> resolve(flags, Map.of()), "store.database", "letters, digits");
    }

    @Test
    void a_duration_out_of_its_bounds_is_refused() {
        assertProblem(
                () -> resolve(Map.of("--http-read-timeout", "10ms"), Map.of()),
                "http.read-timeout",
                "out of range",
                "from 1s to 1h");
    }

    @Test
    void a_malformed_egress_allow_list_names_the_entry() {
        assertProblem(
                () -> resolve(Map.of("--egress-allow", "127.0.0.1,10.0.0.0/40"), Map.of()),
                "egress.allow",
                "10.0.0.0/40");
    }

    @Test
    void a_bad_master_key_is_refused_without_showing_it() {
        String bad = "c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1wcmludA==";
        assertThatThrownBy(() -> resolve(Map.of(), Map.of("DOTPORTION_MASTER_KEY", bad)))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("secrets.master-key (from DOTPORTION_MASTER_KEY)")
                .hasMessageContaining("not shown")
                .hasMessageContaining("base64 of 32 bytes")
                .hasMessageNotContaining(bad)
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void a_bad_store_url_is_refused_without_showing_its_password() {
        String url = "mongo://user:hunter2-secret@db:27017";
        assertThatThrownBy(() -> resolve(Map.of("--mongo-url", url), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("store.mongo-url")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void a_master_key_in_a_file_other_users_can_read_is_refused() throws IOException {
        Path file = file("dotportion.yaml", "secrets:\n  master-key: " + KEY + "\n", "rw-r--r--");
        assertThatThrownBy(() -> resolve(Map.of("--config", file.toString()), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("secrets.master-key is in the config file")
                .hasMessageContaining("chmod 600")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void a_store_url_with_a_password_in_a_file_other_users_can_read_is_refused_without_showing_it() throws IOException {
        String url = "mongodb://app:hunter2-secret@db.internal:27017/?authSource=admin";
        Path file = file("dotportion.yaml", "store:\n  mongo-url: \"" + url + "\"\n", "rw-r-----");
        assertThatThrownBy(() -> resolve(Map.of("--config", file.toString()), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("store.mongo-url is in the config file")
                .hasMessageContaining("DOTPORTION_MONGO_URL")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void a_store_url_without_a_user_may_be_in_a_file_anyone_can_read() throws IOException {
        String url = "mongodb://db.internal:27017/?replicaSet=rs0&appName=a@b";
        Path file = file("dotportion.yaml", "store:\n  mongo-url: \"" + url + "\"\n", "rw-r--r--");
        assertThat(resolve(Map.of("--config", file.toString()), Map.of()).mongoUrl())
                .isEqualTo(url);
    }

    @Test
    void a_master_key_in_an_owner_only_file_is_used() throws IOException {
        Path file = file("dotportion.yaml", "secrets:\n  master-key: " + KEY + "\n", "rw-------");
        assertThat(resolve(Map.of("--config", file.toString()), Map.of())
                        .masterKey()
                        .environmentValue())
                .isEqualTo(KEY);
    }

    @Test
    void the_master_key_and_a_key_file_together_are_refused_naming_both_origins() throws IOException {
        Path file = file("dotportion.yaml", "secrets:\n  master-key-file: /k/master.key\n", "rw-------");
        assertProblem(
                () -> resolve(Map.of("--config", file.toString()), Map.of("DOTPORTION_MASTER_KEY", KEY)),
                "secrets.master-key (from DOTPORTION_MASTER_KEY)",
                "secrets.master-key-file (from secrets.master-key-file in " + file + ")",
                "give only one");
    }

    @Test
    void invalid_yaml_gives_the_line_and_not_the_text_there() throws IOException {
        Path file = file("dotportion.yaml", "server:\n  port: 1\n secret-looking: [unclosed\n", "rw-------");
        assertThatThrownBy(() -> resolve(Map.of("--config", file.toString()), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("is not valid YAML (line")
                .hasMessageNotContaining("unclosed");
    }

    @Test
    void a_key_given_twice_is_refused() throws IOException {
        Path file = file("dotportion.yaml", "server.port: 1\nserver:\n  port: 2\n", "rw-------");
        assertProblem(() -> resolve(Map.of("--config", file.toString()), Map.of()), "server.port is given twice");
    }

    @Test
    void a_missing_or_unnamed_format_config_file_is_refused() throws IOException {
        assertProblem(
                () -> resolve(Map.of("--config", dir.resolve("none.yaml").toString()), Map.of()), "does not exist");
        Path noFormat = file("dotportion.conf", "server.port=1\n", "rw-------");
        assertProblem(() -> resolve(Map.of("--config", noFormat.toString()), Map.of()), ".yaml, .yml or .properties");
    }

    private io.dotportion.server.wiring.PlatformConfig resolve(Map<String, String> flags, Map<String, String> env) {
        return resolver.resolve(flags, env).platformConfig();
    }

    private Path file(String name, String text, String mode) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
