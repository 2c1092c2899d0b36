package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workflow export} warns when the export carries credential literals, and only then. */
class ExportLeaksTest {
    @TempDir
    Path dir;

    private static Map<String, Object> workflow(String path, String code) {
        return Map.of(
                "name",
                "w",
                "method",
                "GET",
                "path",
                path,
                "nodes",
                List.of(
                        Map.of("id", "start", "type", ApiStartNode.ID, "data", Map.of()),
                        Map.of("id", "prep", "type", LogicNodeType.ID, "data", Map.of("code", code)),
                        Map.of("id", "answer", "type", ResponseNode.ID, "data", Map.of("status", 200))),
                "edges",
                List.of(
                        Map.of("id", "e1", "source", "start", "target", "prep"),
                        Map.of("id", "e2", "source", "prep", "target", "answer")));
    }

    @Test
    void an_export_with_credential_literals_warns_on_standard_error() throws IOException {
        try (Platform platform = Platform.start(PlatformConfig.forTests(dir.resolve("data")))) {
            Http http = new Http(platform.port());
            String token = http.newUser("exporter");
            String project = http.newProject(token, "exports");
            String leaky = create(http, token, project, workflow("/a", "const k = 'ghp_" + "x1".repeat(18) + "';"));
            String clean = create(http, token, project, workflow("/b", "return {};"));
            Path tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
            String url = "http://127.0.0.1:" + platform.port();

            Cli.Run flagged = Cli.run("workflow", "export", leaky, "--url", url, "--token-file", tokenFile.toString());
            Cli.Run unflagged =
                    Cli.run("workflow", "export", clean, "--url", url, "--token-file", tokenFile.toString());

            assertThat(flagged.code()).as(flagged.all()).isZero();
            assertThat(flagged.err()).contains("warning: the export carries 1 credential literal(s)");
            assertThat(flagged.out()).contains("\"credentialLiterals\"").contains("\"preview\" : \"gh?_…\"");
            assertThat(flagged.out()).contains("ghp_"); // the document itself is the draft as stored
            assertThat(unflagged.code()).as(unflagged.all()).isZero();
            assertThat(unflagged.err()).doesNotContain("credential literal");
        }
    }

    private static String create(Http http, String token, String project, Map<String, Object> workflow) {
        return http.call("POST", "/v1/projects/" + project + "/workflows", workflow, token)
                .expect(201)
                .map()
                .get("id")
                .toString();
    }
}
