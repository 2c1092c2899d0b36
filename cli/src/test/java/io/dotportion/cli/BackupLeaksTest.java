package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup says which credential literals its workflows carry, without quoting them. */
class BackupLeaksTest {
    private static final String API_KEY = "sk_live_9fQ2xR7mKp4LwZ8tYv3NbC6d";

    @TempDir
    Path dir;

    private Path source(String code) {
        Path key = dir.resolve("master.key");
        new MasterKeyFiles(new SecureRandom()).create(key);
        Path source = dir.resolve("source");
        try (Platform platform = Platform.start(PlatformConfig.forTests(source)
                .withMasterKey(MasterKeyConfig.none().withKeyFile(key)))) {
            Http http = new Http(platform.port());
            String token = http.newUser("keeper");
            String project = http.newProject(token, "kept");
            Map<String, Object> workflow = Map.of(
                    "name",
                    "kept",
                    "method",
                    "GET",
                    "path",
                    "/kept",
                    "nodes",
                    List.of(
                            Map.of("id", "start", "type", ApiStartNode.ID, "data", Map.of()),
                            Map.of("id", "prep", "type", LogicNodeType.ID, "data", Map.of("code", code)),
                            Map.of("id", "answer", "type", ResponseNode.ID, "data", Map.of("status", 200))),
                    "edges",
                    List.of(
                            Map.of("id", "e1", "source", "start", "target", "prep"),
                            Map.of("id", "e2", "source", "prep", "target", "answer")));
            String id = http.call("POST", "/v1/projects/" + project + "/workflows", workflow, token)
                    .expect(201)
                    .map()
                    .get("id")
                    .toString();
            http.call("PATCH", "/v1/projects/" + project, Map.of("allowCredentialLiterals", true), token)
                    .expect(200);
            http.call("POST", "/v1/workflows/" + id + "/deploy", null, token).expect(200);
        }
        return source;
    }

    @Test
    void a_backup_with_credential_literals_lists_them_and_warns() throws Exception {
        Path source = source("const key = '" + API_KEY + "'; return {};");
        Path backup = dir.resolve("backup");

        Cli.Run run = Cli.run("backup", "--data", source.toString(), backup.toString());

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains("warning: 2 credential literal(s)").contains(BackupLeaks.FILE);
        String listed = java.nio.file.Files.readString(backup.resolve(BackupLeaks.FILE));
        assertThat(listed)
                .contains("\"path\":\"nodes[1].data.code\"")
                .contains("\"kind\":\"apiKey\"")
                .contains("\"version\":\"draft\"")
                .contains("\"version\":1")
                .doesNotContain(API_KEY)
                .doesNotContain("9fQ2x");
    }

    @Test
    void a_clean_backup_has_no_list_and_no_warning() {
        Path source = source("return { ok: true };");
        Path backup = dir.resolve("backup");

        Cli.Run run = Cli.run("backup", "--data", source.toString(), backup.toString());

        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).doesNotContain("credential literal");
        assertThat(backup.resolve(BackupLeaks.FILE)).doesNotExist();
    }
}
