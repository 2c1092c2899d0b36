package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that talk to the HTTP API, against a real platform. */
class ApiCommandsTest {
    private static final String JWT_VALUE = "cli-canary-7f3e9a1c-0123456789abcdef0123456789abcdef";

    @TempDir
    static Path dir;

    static Platform platform;
    static Http http;
    static String token;
    static String url;
    static Path tokenFile;

    @BeforeAll
    static void start() throws IOException {
        platform = Platform.start(PlatformConfig.forTests(dir.resolve("data")));
        http = new Http(platform.port());
        token = http.newUser("cliuser");
        url = "http://127.0.0.1:" + platform.port();
        tokenFile = Files.writeString(dir.resolve("token"), token + "\n");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Cli.Run api(String stdin, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--url", url, "--token-file", tokenFile.toString()}, 0, all, args.length, 4);
        return Cli.withInput(stdin, all);
    }

    @Test
    void project_list_shows_the_callers_projects() {
        String id = http.newProject(token, "listed");
        Cli.Run run = api("", "project", "list");
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(run.out()).contains(id + "  cliuser/listed  listed");
    }

    @Test
    void workflow_export_then_import_into_another_project_round_trips_byte_for_byte() throws IOException {
        String first = http.newProject(token, "exported");
        String second = http.newProject(token, "imported");
        String workflowId = http.call(
                        "POST", "/v1/projects/" + first + "/workflows", Http.signer("/sign", "jwt"), token)
                .expect(201)
                .map()
                .get("id")
                .toString();
        Path exported = dir.resolve("git/sign.json");

        Cli.Run export = api("", "workflow", "export", workflowId, "-o", exported.toString());
        Cli.Run imported = api("", "workflow", "import", second, exported.toString());
        String importedId = imported.out().strip();
        Cli.Run again = api("", "workflow", "export", importedId);

        assertThat(export.code()).as(export.all()).isZero();
        assertThat(imported.code()).as(imported.all()).isZero();
        assertThat(importedId).isNotEqualTo(workflowId).matches("[0-9a-f]{24}");
        assertThat(again.out()).isEqualTo(Files.readString(exported));
        assertThat(Files.readString(exported))
                .startsWith("{\n  \"name\" : \"Sign\",\n  \"method\" : \"POST\",")
                .endsWith("}\n");
        assertThat(http.call("GET", "/v1/projects/" + second + "/workflows", null, token)
                        .expect(200)
                        .text())
                .contains(importedId);
    }

    @Test
    void workflow_validate_lists_every_problem_offline_and_on_the_server() throws IOException {
        String project = http.newProject(token, "validated");
        Path broken = Files.writeString(
                dir.resolve("broken.json"),
                "{\"name\": \"Broken\", \"method\": \"POST\", \"path\": \"/b\", \"nodes\": 5, \"edges\": []}");
        Path unknownType = dir.resolve("unknown.json");
        Files.writeString(
                unknownType,
                Json.write(Map.of(
                        "name",
                        "U",
                        "method",
                        "GET",
                        "path",
                        "/u",
                        "nodes",
                        List.of(Map.of("id", "a", "type", "noSuchNode", "data", Map.of())),
                        "edges",
                        List.of(Map.of("id", "e", "source", "a", "target", "ghost")))));

        Cli.Run offline = Cli.run("workflow", "validate", broken.toString());
        Cli.Run server = api("", "workflow", "validate", unknownType.toString(), "--project", project);
        Cli.Run valid =
                api("", "workflow", "validate", write("valid.json", Http.signer("/v", "jwt")), "--project", project);

        assertThat(offline.code()).isEqualTo(Commands.FAILED);
        assertThat(offline.out())
                .contains("invalid")
                .contains("error nodes INVALID_SHAPE")
                .contains("info: secrets not checked offline");
        assertThat(server.code()).as(server.all()).isEqualTo(Commands.FAILED);
        assertThat(server.out())
                .contains("invalid")
                .contains("error nodes[0].type UNKNOWN_NODE_TYPE")
                .contains("DANGLING_EDGE");
        assertThat(valid.code()).as(valid.all()).isZero();
        assertThat(valid.out()).contains(": valid");
    }

    @Test
    void offline_validate_lists_a_missing_start_an_unknown_node_type_and_a_dangling_edge_together() throws IOException {
        Path file = Files.writeString(dir.resolve("no-start.json"), """
                {"name": "Broken", "method": "POST", "path": "/broken", "nodes": [
                  {"id": "tp", "type": "teleport", "data": {}},
                  {"id": "out", "type": "response", "data": {"status": 200}}],
                 "edges": [{"id": "e1", "source": "tp", "target": "ghost"},
                           {"id": "e2", "source": "tp", "target": "out"}]}
                """);

        Cli.Run run = Cli.run("workflow", "validate", file.toString());

        assertThat(run.code()).as(run.all()).isEqualTo(Commands.FAILED);
        assertThat(run.out())
                .contains(": invalid")
                .contains("error nodes START_COUNT")
                .contains("error nodes[0].type UNKNOWN_NODE_TYPE")
                .contains("error edges[0].target DANGLING_EDGE")
                .contains("info: secrets not checked offline (use --project to check them)");
    }

    @Test
    void offline_validate_checks_node_settings_scripts_templates_and_loops_as_the_server_does() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"), """
                {"name": "Settings", "method": "POST", "path": "/settings", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "calc", "type": "logic", "data": {"code": "return (;"}},
                  {"id": "each", "type": "loop", "data": {}},
                  {"id": "sign", "type": "jwtGenerate", "data": {"secret": "nowhere", "algorithm": "HS999",
                     "payload": {"sub": "{{ghost.result.id}}"}}},
                  {"id": "out", "type": "response", "data": {"stauts": 201, "body": "{{request.body.}}"}}],
                 "edges": [{"id": "e1", "source": "start", "target": "calc"},
                           {"id": "e2", "source": "calc", "target": "each"},
                           {"id": "e3", "source": "each", "target": "sign", "sourceHandle": "false"},
                           {"id": "e4", "source": "sign", "target": "out"}]}
                """);

        Cli.Run run = Cli.run("workflow", "validate", file.toString());

        assertThat(run.code()).as(run.all()).isEqualTo(Commands.FAILED);
        assertThat(run.out())
                .contains("error nodes[1].data.code SCRIPT_SYNTAX")
                .contains("error nodes[2].data.items INVALID_CONFIG")
                .contains("error nodes[2] EMPTY_LOOP_BODY")
                .contains("error nodes[3].data.algorithm INVALID_CONFIG")
                .contains("error nodes[3].data.payload UNKNOWN_REFERENCE")
                .contains(
                        "error nodes[4].data.stauts UNKNOWN_FIELD: 'stauts' is not a known field; did you mean \"status\"?")
                .contains("error nodes[4].data.body BAD_TEMPLATE")
                .doesNotContain("UNKNOWN_SECRET")
                .contains("info: secrets not checked offline");
    }

    @Test
    void offline_validate_passes_a_valid_file_naming_secrets_it_cannot_see_and_says_so() throws IOException {
        Path file = Files.writeString(dir.resolve("fine.json"), """
                {"name": "Find", "method": "GET", "path": "/users/{id}", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {"label": "Start"}},
                  {"id": "find", "type": "mongodb", "data": {"collection": "users", "operation": "findOne",
                     "query": {"_id": "{{request.params.id}}"}}},
                  {"id": "sign", "type": "jwtGenerate", "data": {"secret": "jwt", "algorithm": "HS512",
                     "payload": {"sub": "{{find.result._id}}"}}},
                  {"id": "out", "type": "response", "data": {"status": 200}}],
                 "edges": [{"id": "e1", "source": "start", "target": "find"},
                           {"id": "e2", "source": "find", "target": "sign"},
                           {"id": "e3", "source": "sign", "target": "out"}]}
                """);

        Cli.Run offline = Cli.run("workflow", "validate", file.toString());

        assertThat(offline.code()).as(offline.all()).isZero();
        assertThat(offline.out())
                .contains(": valid")
                .doesNotContain("warning")
                .contains("info: secrets not checked offline (use --project to check them)");
        String project = http.newProject(token, "checked");
        Cli.Run checked = api("", "workflow", "validate", file.toString(), "--project", project);
        assertThat(checked.out())
                .contains("nodes[1].data.secret")
                .contains("UNKNOWN_SECRET")
                .doesNotContain("not checked offline");
    }

    @Test
    void secret_put_from_stdin_is_used_by_a_deployed_workflow_and_never_echoed() {
        String project = http.newProject(token, "secrets");
        String workflowId = http.call(
                        "POST", "/v1/projects/" + project + "/workflows", Http.signer("/sign", "jwt"), token)
                .expect(201)
                .map()
                .get("id")
                .toString();

        Cli.Run put = api(JWT_VALUE + "\n", "secret", "put", project, "jwt", "--type", "jwt");
        Cli.Run deploy = api("", "workflow", "deploy", workflowId);
        String signed = http.call("POST", "/api/cliuser/secrets/sign", null, null)
                .expect(200)
                .map()
                .get("token")
                .toString();
        Cli.Run list = api("", "secret", "list", project);

        assertThat(put.code()).as(put.all()).isZero();
        assertThat(put.out()).contains("secret jwt (jwt) is at version 1");
        assertThat(deploy.out()).contains("deployed workflow " + workflowId + " as version 1");
        assertThat(Tokens.signedWith(signed, JWT_VALUE)).isTrue();
        assertThat(list.out()).contains("jwt  jwt  v1").contains("used by 1 workflow(s)");
        for (Cli.Run run : List.of(put, deploy, list)) {
            assertThat(run.all()).doesNotContain(JWT_VALUE).doesNotContain("7f3e9a1c");
        }
    }

    @Test
    void secret_delete_is_refused_while_deployed_and_forced_with_force() throws IOException {
        String project = http.newProject(token, "deletes");
        Path valueFile = Files.writeString(dir.resolve("value"), "another-key-0123456789abcdef0123456789abcdef");
        assertThat(api("", "secret", "put", project, "jwt", "--type", "jwt", "--value-file", valueFile.toString())
                        .code())
                .isZero();
        http.deploySigner(token, project, "/sign", "jwt");

        Cli.Run refused = api("", "secret", "delete", project, "jwt");
        Cli.Run forced = api("", "secret", "delete", project, "jwt", "--force");

        assertThat(refused.code()).isEqualTo(Commands.FAILED);
        assertThat(refused.err()).contains("409").contains("SECRET_IN_USE").contains("--force");
        assertThat(forced.code()).as(forced.all()).isZero();
        assertThat(api("", "secret", "list", project).out()).doesNotContain("jwt");
    }

    @Test
    void secret_put_writes_a_test_value_and_a_staged_version() {
        String project = http.newProject(token, "envsecrets");
        api(JWT_VALUE + "\n", "secret", "put", project, "jwt", "--type", "jwt");

        Cli.Run test =
                api(JWT_VALUE + "-test\n", "secret", "put", project, "jwt", "--type", "jwt", "--environment", "test");
        Cli.Run staged = api(JWT_VALUE + "-next\n", "secret", "put", project, "jwt", "--type", "jwt", "--stage");
        Cli.Run nowhere =
                api(JWT_VALUE + "\n", "secret", "put", project, "jwt", "--type", "jwt", "--environment", "nowhere");

        assertThat(test.out()).as(test.all()).contains("secret jwt (jwt): test value at version 2");
        assertThat(staged.out()).as(staged.all()).contains("secret jwt (jwt): staged live value at version 3");
        assertThat(nowhere.code()).isEqualTo(Commands.FAILED);
        assertThat(nowhere.err()).contains("INVALID_ENVIRONMENT");
        for (Cli.Run run : List.of(test, staged, nowhere)) {
            assertThat(run.all()).doesNotContain(JWT_VALUE);
        }
    }

    @Test
    void a_generated_secret_reads_no_input_and_a_wrong_type_is_refused() {
        String project = http.newProject(token, "generated");
        assertThat(api("", "secret", "put", project, "key", "--type", "jwt", "--generate")
                        .out())
                .contains("secret key (jwt) is at version 1");
        Cli.Run wrongType = api("x", "secret", "put", project, "other", "--type", "aws");
        assertThat(wrongType.code()).isEqualTo(Commands.FAILED);
        assertThat(wrongType.err()).contains("--type must be jwt, mongodb, apiKey, bearer or basic");
    }

    @Test
    void an_api_key_is_put_with_where_it_goes() {
        String project = http.newProject(token, "keys");
        Cli.Run put = api(
                "key-7f3e9a1c-0042\n",
                "secret",
                "put",
                project,
                "stripe",
                "--type",
                "apiKey",
                "--key-in",
                "header",
                "--key-name",
                "X-Api-Key");
        Cli.Run half = api("k", "secret", "put", project, "half", "--type", "apiKey", "--key-in", "query");

        assertThat(put.code()).as(put.all()).isZero();
        assertThat(put.out()).contains("secret stripe (apiKey) is at version 1").doesNotContain("7f3e9a1c");
        assertThat(http.call("GET", "/v1/projects/" + project + "/secrets", null, token)
                        .expect(200)
                        .text())
                .contains("\"metadata\":{\"in\":\"header\",\"name\":\"X-Api-Key\"}");
        assertThat(half.code()).isEqualTo(Commands.FAILED);
        assertThat(half.err()).contains("--key-in and --key-name together");
    }

    @Test
    void an_api_command_without_a_token_or_server_says_what_is_missing() {
        Cli.Run noToken = Cli.run("project", "list", "--url", url);
        Cli.Run noServer =
                Cli.run("project", "list", "--url", "http://127.0.0.1:1", "--token-file", tokenFile.toString());
        Cli.Run badToken = Cli.run("project", "list", "--url", url, "--token-file", write("bad", "nope"));

        assertThat(noToken.err()).contains("DOTPORTION_TOKEN").contains("--token-file");
        assertThat(noServer.err()).contains("cannot reach the server at http://127.0.0.1:1");
        assertThat(badToken.err()).contains("401");
        assertThat(List.of(noToken.code(), noServer.code(), badToken.code())).containsOnly(Commands.FAILED);
    }

    @Test
    void every_command_explains_itself_with_help() {
        List<List<String>> commands = List.of(
                List.of("user", "create"),
                List.of("project", "list"),
                List.of("workflow", "export"),
                List.of("workflow", "import"),
                List.of("workflow", "validate"),
                List.of("workflow", "deploy"),
                List.of("secret", "put"),
                List.of("secret", "list"),
                List.of("secret", "delete"),
                List.of("backup"),
                List.of("restore"));
        for (List<String> command : commands) {
            String[] args = Stream.concat(command.stream(), Stream.of("--help")).toArray(String[]::new);
            Cli.Run run = Cli.run(args);
            assertThat(run.code()).isZero();
            assertThat(run.out())
                    .as(String.join(" ", command))
                    .contains("Usage: dotportion " + String.join(" ", command));
        }
    }

    private static String write(String name, Object content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content instanceof String text ? text : Json.write(content));
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
