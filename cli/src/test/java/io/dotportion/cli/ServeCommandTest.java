package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dotportion serve} with a master key that does not open the stored project keys, a bad allow-list or
 * a bad management port.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void serve_with_a_wrong_master_key_exits_non_zero_with_a_clear_message_and_changes_nothing() throws Exception {
        Path data = dir.resolve("data");
        Path right = dir.resolve("right.key");
        Path wrong = dir.resolve("wrong.key");
        MasterKeyFiles files = new MasterKeyFiles(new SecureRandom());
        files.create(right);
        files.create(wrong);
        try (Platform platform = Platform.start(PlatformConfig.forTests(data)
                .withMasterKey(MasterKeyConfig.none().withKeyFile(right)))) {
            Http http = new Http(platform.port());
            String token = http.newUser("serveuser");
            String projectId = http.newProject(token, "served");
            http.call(
                            "PUT",
                            "/v1/projects/" + projectId + "/secrets/jwt",
                            Map.of("type", "jwt", "generate", true),
                            token)
                    .expect(201);
        }
        byte[] before = Files.readAllBytes(data.resolve("store.mv"));

        StringWriter err = new StringWriter();
        CompletableFuture<Integer> serve = CompletableFuture.supplyAsync(() -> new CommandLine(new Main())
                .setErr(new PrintWriter(err, true))
                .execute(
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data",
                        data.toString(),
                        "--master-key-file",
                        wrong.toString()));
        int code = serve.get(Duration.ofSeconds(60).toSeconds(), TimeUnit.SECONDS);

        assertThat(code).isEqualTo(MasterKeyRotateCommand.MASTER_KEY_FAILED);
        assertThat(err.toString())
                .contains("the master key does not open the stored project keys")
                .contains("refusing to start")
                .contains("nothing was changed");
        assertThat(Files.readAllBytes(data.resolve("store.mv"))).isEqualTo(before);
        assertThat(data.resolve("master.key")).doesNotExist();
    }

    @Test
    void serve_with_a_missing_key_file_explains_itself() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main())
                .setErr(new PrintWriter(err, true))
                .execute(
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data",
                        dir.resolve("d").toString(),
                        "--master-key-file",
                        dir.resolve("missing.key").toString());
        assertThat(code).isEqualTo(MasterKeyRotateCommand.MASTER_KEY_FAILED);
        assertThat(err.toString()).contains("missing.key").contains("cannot be read");
    }

    @Test
    void serve_with_a_malformed_egress_allow_list_exits_naming_the_entry() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main())
                .setErr(new PrintWriter(err, true))
                .execute(
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data",
                        dir.resolve("d").toString(),
                        "--egress-allow",
                        "127.0.0.1,10.0.0.0/40");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--egress-allow").contains("10.0.0.0/40");
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void serve_with_a_management_port_out_of_range_exits_naming_the_flag() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main())
                .setErr(new PrintWriter(err, true))
                .execute(
                        "serve",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--data",
                        dir.resolve("d").toString(),
                        "--metrics-token",
                        "scrape-token",
                        "--management-port",
                        "70000");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--management-port").doesNotContain("scrape-token");
        assertThat(dir.resolve("d")).doesNotExist();
    }
}
