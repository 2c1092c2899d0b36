package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dotportion user create} on the store directly, then the user logs in through the API. */
class UserCreateCommandTest {
    private static final String PASSWORD = "first-owner-pass-5c2d";

    @TempDir
    Path dir;

    @Test
    void a_user_created_on_a_fresh_data_directory_can_log_in_and_the_password_is_never_printed() {
        Path data = dir.resolve("data");
        Cli.Run created = Cli.withInput(
                PASSWORD + "\n",
                "user",
                "create",
                "--data",
                data.toString(),
                "--email",
                "Admin@Example.com",
                "--username",
                "admin");
        Cli.Run again = Cli.withInput(
                PASSWORD,
                "user",
                "create",
                "--data",
                data.toString(),
                "--email",
                "other@example.com",
                "--username",
                "admin");

        assertThat(created.code()).as(created.all()).isZero();
        assertThat(created.out()).contains("created user admin");
        assertThat(again.code()).isEqualTo(Commands.FAILED);
        assertThat(again.err()).contains("username is already taken");
        assertThat(created.all() + again.all()).doesNotContain(PASSWORD);
        try (Platform platform = Platform.start(PlatformConfig.forTests(data))) {
            Http http = new Http(platform.port());
            http.call("POST", "/v1/auth/login", Map.of("email", "admin@example.com", "password", PASSWORD), null)
                    .expect(200);
            http.call("POST", "/v1/auth/login", Map.of("email", "admin@example.com", "password", PASSWORD + "x"), null)
                    .expect(401);
        }
    }

    @Test
    void a_password_comes_from_a_file_and_a_short_one_is_refused_before_the_store_is_touched() throws Exception {
        Path data = dir.resolve("data");
        Path file = Files.writeString(dir.resolve("pw"), "short\n");
        Cli.Run run = Cli.run(
                "user",
                "create",
                "--data",
                data.toString(),
                "--email",
                "a@example.com",
                "--username",
                "shorty",
                "--password-file",
                file.toString());
        assertThat(run.code()).isEqualTo(Commands.FAILED);
        assertThat(run.err()).contains("password must have at least 8 characters");
        assertThat(data).doesNotExist();
    }

    @Test
    void creating_a_user_in_an_embedded_store_a_server_holds_is_refused_with_what_to_do() {
        Path data = dir.resolve("held");
        try (Platform platform = Platform.start(PlatformConfig.forTests(data))) {
            Cli.Run run = Cli.withInput(
                    PASSWORD,
                    "user",
                    "create",
                    "--data",
                    data.toString(),
                    "--email",
                    "b@example.com",
                    "--username",
                    "blocked");
            assertThat(run.code()).isEqualTo(Commands.FAILED);
            assertThat(run.err()).contains("a running server probably holds it").contains("DOTPORTION_MONGO_URL");
            assertThat(platform.port()).isPositive();
        }
    }
}
