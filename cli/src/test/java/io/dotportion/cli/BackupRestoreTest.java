package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} of a store with users, a project, a jwt secret, a deployed workflow and a managed database,
 * then {@code restore} into fresh data directories.
 */
class BackupRestoreTest {
    private static final String JWT_VALUE = "backup-canary-key-9d41-0123456789abcdef0123456789abcdef";
    private static final String SIGN_PATH = "/api/keeper/kept/sign";

    @TempDir
    Path dir;

    Path key;
    Path backup;
    String projectId;

    @BeforeEach
    void backUpAStoreWithADeployedWorkflow() {
        key = dir.resolve("master.key");
        new MasterKeyFiles(new SecureRandom()).create(key);
        backup = dir.resolve("backup");
        Path source = dir.resolve("source");
        try (Platform platform = Platform.start(PlatformConfig.forTests(source)
                .withMasterKey(MasterKeyConfig.none().withKeyFile(key)))) {
            Http http = new Http(platform.port());
            String token = http.newUser("keeper");
            projectId = http.newProject(token, "kept");
            http.call(
                            "PUT",
                            "/v1/projects/" + projectId + "/secrets/jwt",
                            Map.of("type", "jwt", "value", JWT_VALUE),
                            token)
                    .expect(201);
            http.deploySigner(token, projectId, "/sign", "jwt");
            assertThat(Tokens.signedWith(sign(http), JWT_VALUE)).isTrue();
        }
        try (EmbeddedMongo store = EmbeddedMongo.start(source, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("project_" + projectId).getCollection("notes").insertOne(new Document("text", "kept"));
        }
        Cli.Run run = Cli.run("backup", "--data", source.toString(), backup.toString());
        assertThat(run.code()).as(run.all()).isZero();
    }

    @Test
    void a_restore_with_the_same_master_key_serves_the_same_endpoints_with_the_same_secrets() {
        Path restored = dir.resolve("restored");
        Cli.Run run = Cli.run(
                "restore", "--data", restored.toString(), "--master-key-file", key.toString(), backup.toString());

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("1 project key(s) open");
        try (EmbeddedMongo store = EmbeddedMongo.start(restored, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(client.getDatabase("project_" + projectId)
                            .getCollection("notes")
                            .find()
                            .first())
                    .containsEntry("text", "kept");
        }
        try (Platform platform = Platform.start(PlatformConfig.forTests(restored)
                .withMasterKey(MasterKeyConfig.none().withKeyFile(key)))) {
            Http http = new Http(platform.port());
            assertThat(Tokens.signedWith(sign(http), JWT_VALUE)).isTrue();
            String token = http.call(
                            "POST",
                            "/v1/auth/login",
                            Map.of("email", "keeper@example.com", "password", "correct horse"),
                            null)
                    .expect(200)
                    .map()
                    .get("token")
                    .toString();
            assertThat(http.call("GET", "/v1/projects/" + projectId + "/secrets", null, token)
                            .expect(200)
                            .text())
                    .contains("\"name\":\"jwt\"");
        }
    }

    @Test
    void a_restore_with_another_master_key_refuses_clearly_and_writes_nothing() {
        Path other = dir.resolve("other.key");
        new MasterKeyFiles(new SecureRandom()).create(other);
        Path target = dir.resolve("target");

        Cli.Run run = Cli.run(
                "restore", "--data", target.toString(), "--master-key-file", other.toString(), backup.toString());

        assertThat(run.code()).isEqualTo(MasterKeyRotateCommand.MASTER_KEY_FAILED);
        assertThat(run.err())
                .contains("the master key does not open the backup's project keys")
                .contains("refusing to restore")
                .contains("nothing was written");
        assertThat(target).doesNotExist();
    }

    @Test
    void a_restore_into_a_store_that_holds_data_is_refused_unless_forced() {
        Path target = dir.resolve("target");
        String[] restore = {
            "restore", "--data", target.toString(), "--master-key-file", key.toString(), backup.toString()
        };
        assertThat(Cli.run(restore).code()).isZero();

        Cli.Run again = Cli.run(restore);
        Cli.Run forced =
                Cli.run(Stream.concat(Stream.of(restore), Stream.of("--force")).toArray(String[]::new));

        assertThat(again.code()).isEqualTo(Commands.FAILED);
        assertThat(again.err()).contains("is not empty").contains("--force").contains("nothing was written");
        assertThat(forced.code()).as(forced.all()).isZero();
    }

    @Test
    void the_backup_keeps_secrets_encrypted_and_holds_no_master_key() throws Exception {
        String key64 = Files.readString(key).strip();
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as(file.toString()).doesNotContain(JWT_VALUE).doesNotContain(key64);
            }
        }
        assertThat(backup.resolve("platform/secrets.jsonl")).exists();
        assertThat(backup.resolve("platform/projectKeysets.jsonl")).content().contains("$binary");
        assertThat(backup.resolve("platform/executions.jsonl")).doesNotExist();
        assertThat(backup.resolve("platform/executionBatches.jsonl")).doesNotExist();
        assertThat(backup.resolve("project_" + projectId + "/notes.jsonl"))
                .content()
                .contains("kept");
    }

    @Test
    void executions_are_backed_up_only_when_asked_and_restore_also_works_on_a_store_at_a_url() {
        Path withExecutions = dir.resolve("with-executions");
        Cli.Run backUp = Cli.run(
                "backup", "--data", dir.resolve("source").toString(), "--executions", withExecutions.toString());
        assertThat(backUp.code()).as(backUp.all()).isZero();
        assertThat(withExecutions.resolve("platform/executionBatches.jsonl"))
                .content()
                .contains(projectId);

        try (EmbeddedMongo store = EmbeddedMongo.start(dir.resolve("shared"), 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            Cli.Run run = Cli.run(
                    "restore",
                    "--mongo-url",
                    store.connectionString(),
                    "--master-key-file",
                    key.toString(),
                    withExecutions.toString());
            assertThat(run.code()).as(run.all()).isZero();
            assertThat(client.getDatabase("dotportion")
                            .getCollection("executionBatches")
                            .countDocuments())
                    .isPositive();
            assertThat(client.getDatabase("dotportion").getCollection("users").countDocuments())
                    .isEqualTo(1);
        }
    }

    private static String sign(Http http) {
        return http.call("POST", SIGN_PATH, null, null)
                .expect(200)
                .map()
                .get("token")
                .toString();
    }
}
