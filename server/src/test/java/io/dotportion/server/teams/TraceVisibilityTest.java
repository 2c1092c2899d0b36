package io.dotportion.server.teams;

import static io.dotportion.server.support.Workflows.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, "traces are not a side door": a token a jwtGenerate node issued is masked in every stored trace
 * (it stays in the workflow's own answer), and a viewer, whom the data explorer refuses, reads no value of a
 * trace (no managed data, no request body), in the list and in the detail view. Editors and owners read the
 * data, not the token. A test run shows its own token to the editor who ran it; its stored copy does not.
 */
@PlatformTest
class TraceVisibilityTest {
    static final String PASSWORD = "hunter2-login-password";
    static final String NOTE = "managed-data-note-5521";

    private ApiClient api;
    private String owner;
    private String editor;
    private String viewer;
    private String projectId;
    private String base;
    private String signWorkflow;

    @BeforeAll
    void start(ApiClient api) {
        this.api = api;
        owner = api.newUser("owner");
        editor = api.newUser("editor");
        viewer = api.newUser("viewer");
        projectId = api.newProject(owner, "traces");
        base = "/api/" + api.username(owner) + "/traces";
        for (String[] member : List.of(new String[] {editor, "editor"}, new String[] {viewer, "viewer"})) {
            api.post(
                            "/v1/projects/" + projectId + "/members",
                            Map.of("username", api.username(member[0]), "role", member[1]),
                            owner)
                    .expect(201);
        }
        api.putSecret(owner, projectId, "jwt", Map.of("type", "jwt", "generate", true, "testUsesLive", true))
                .expect(201);
        signWorkflow = api.newWorkflow(
                owner,
                projectId,
                Workflows.chain(
                        "Sign",
                        "POST",
                        "/sign",
                        List.of(
                                node(
                                        "sign",
                                        "jwtGenerate",
                                        Map.of("secret", "jwt", "payload", Map.of("sub", "{{request.body.user}}"))),
                                node(
                                        "shape",
                                        "logic",
                                        Map.of(
                                                "code",
                                                "return { token: input.token, header: 'Bearer ' + input.token };")),
                                node(
                                        "ok",
                                        "response",
                                        Map.of(
                                                "status",
                                                200,
                                                "headers",
                                                Map.of("x-token", "{{sign.result.token}}"))))));
        api.deploy(owner, signWorkflow);
        api.deploy(
                owner,
                api.newWorkflow(
                        owner,
                        projectId,
                        Workflows.chain(
                                "Note",
                                "POST",
                                "/note",
                                List.of(
                                        node(
                                                "save",
                                                "database",
                                                Map.of(
                                                        "collection",
                                                        "notes",
                                                        "operation",
                                                        "insertOne",
                                                        "data",
                                                        Map.of("text", "{{request.body.text}}"))),
                                        node(
                                                "find",
                                                "database",
                                                Map.of(
                                                        "collection",
                                                        "notes",
                                                        "operation",
                                                        "findOne",
                                                        "filter",
                                                        Map.of("text", "{{request.body.text}}"),
                                                        "options",
                                                        Map.of("projection", Map.of("_id", 0)))),
                                        node("ok", "response", Map.of("status", 200))))));
    }

    @Test
    void the_workflow_answers_with_the_real_token_and_no_stored_trace_holds_it() {
        ApiResponse answer = api.post(base + "/sign", Map.of("user", "ada", "password", PASSWORD), null)
                .expect(200);
        String token = answer.map().get("token").toString();
        assertThat(token).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(answer.map()).containsEntry("header", "Bearer " + token);
        assertThat(ApiClient.header(answer, "x-token")).isEqualTo(token);
        String id = ApiClient.header(answer, "X-Execution-Id");

        for (String reader : List.of(owner, editor, viewer)) {
            String detail = Json.write(execution(reader, id));
            String list = Json.write(api.get("/v1/projects/" + projectId + "/executions", reader)
                    .expect(200)
                    .list());
            assertThat(detail).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
            assertThat(list).doesNotContain(token);
        }
        assertThat(Json.write(execution(owner, id)))
                .contains("[redacted:sign.token]", "[masked:name]")
                .doesNotContain(PASSWORD);
        assertThat(Json.write(execution(editor, id))).contains("Bearer [redacted:sign.token]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_viewer_reads_the_shape_of_a_trace_and_no_value_of_it() {
        String id = ApiClient.header(
                api.post(base + "/note", Map.of("text", NOTE, "password", PASSWORD), null)
                        .expect(200),
                "X-Execution-Id");

        Map<String, Object> seen = execution(viewer, id);
        String list = Json.write(Poll.until(
                Duration.ofSeconds(10),
                () -> api.get("/v1/projects/" + projectId + "/executions", viewer)
                        .expect(200)
                        .list(),
                l -> Json.write(l).contains(id),
                "the run in the viewer's execution list"));

        assertThat(seen)
                .containsEntry("valuesHidden", true)
                .containsEntry("status", "ok")
                .containsEntry("httpStatus", 200);
        List<Map<String, Object>> trace = (List<Map<String, Object>>) seen.get("trace");
        assertThat(trace).extracting(e -> e.get("nodeId")).containsExactly("start", "save", "find", "ok");
        assertThat(trace)
                .allSatisfy(e -> assertThat(e)
                        .containsEntry("input", null)
                        .containsEntry("output", null)
                        .containsEntry("status", "ok")
                        .containsKeys("type", "port", "durationMs"));
        for (String text : List.of(Json.write(seen), list)) {
            assertThat(text).doesNotContain(NOTE).doesNotContain(PASSWORD);
        }
        assertThat(api.get("/v1/projects/" + projectId + "/data/collections/notes/documents", viewer)
                        .status())
                .isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void editors_and_owners_read_the_managed_data_of_a_trace() {
        String id = ApiClient.header(
                api.post(base + "/note", Map.of("text", NOTE), null).expect(200), "X-Execution-Id");

        for (String reader : List.of(owner, editor)) {
            Map<String, Object> seen = execution(reader, id);
            assertThat(seen).containsEntry("valuesHidden", false);
            Map<String, Object> find = ((List<Map<String, Object>>) seen.get("trace")).get(2);
            assertThat(find.get("output")).isEqualTo(Map.of("text", NOTE));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_viewer_sees_the_code_of_a_failure_but_not_its_message() {
        String failing = api.newWorkflow(
                owner,
                projectId,
                Workflows.single(
                        "Fail",
                        "POST",
                        "/fail",
                        "logic",
                        Map.of("code", "throw new Error('no ' + request.body.password);"),
                        200));
        api.deploy(owner, failing);
        String id = ApiClient.header(api.post(base + "/fail", Map.of("password", PASSWORD), null), "X-Execution-Id");

        Map<String, Object> seen = execution(viewer, id);
        Map<String, Object> act = ((List<Map<String, Object>>) seen.get("trace")).get(1);
        assertThat(act).containsEntry("status", "error").containsEntry("error", Map.of("code", "EXECUTION_FAILED"));
        assertThat(Json.write(seen)).doesNotContain(PASSWORD);
        assertThat(Json.write(execution(editor, id)))
                .contains("no [masked:name]")
                .doesNotContain(PASSWORD);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_test_run_shows_its_token_to_the_editor_and_its_stored_copy_masks_it() {
        Map<String, Object> run = api.post(
                        "/v1/workflows/" + signWorkflow + "/test-run", Map.of("body", Map.of("user", "bob")), editor)
                .expect(200)
                .map();
        String token = ((Map<String, Object>) run.get("body")).get("token").toString();
        Map<String, Object> sign = ((List<Map<String, Object>>) run.get("trace")).get(1);
        assertThat(sign.get("output")).isEqualTo(Map.of("token", token));

        String stored = Json.write(execution(editor, run.get("executionId").toString()));
        assertThat(stored).doesNotContain(token).contains("[redacted:sign.token]");
    }

    @Test
    void the_role_at_the_time_of_reading_decides_and_a_read_only_token_of_an_owner_reads_values() {
        String id = ApiClient.header(
                api.post(base + "/note", Map.of("text", NOTE), null).expect(200), "X-Execution-Id");
        String demoted = api.newUser("demoted");
        String demotedId =
                api.get("/v1/auth/me", demoted).expect(200).map().get("id").toString();
        String members = "/v1/projects/" + projectId + "/members";
        api.post(members, Map.of("username", api.username(demoted), "role", "editor"), owner)
                .expect(201);
        assertThat(Json.write(execution(demoted, id))).contains(NOTE);

        api.call("PATCH", members + "/" + demotedId, Map.of("role", "viewer"), owner)
                .expect(200);
        Map<String, Object> seen = execution(demoted, id);

        assertThat(seen).containsEntry("valuesHidden", true);
        assertThat(Json.write(seen)).doesNotContain(NOTE);
        String readOnly = api.post("/v1/tokens", Map.of("name", "read", "scope", "read"), owner)
                .expect(201)
                .map()
                .get("token")
                .toString();
        assertThat(Json.write(execution(readOnly, id))).contains(NOTE);
    }

    private Map<String, Object> execution(String reader, String id) {
        String url = "/v1/projects/" + projectId + "/executions/" + id;
        return Poll.until(
                        Duration.ofSeconds(10),
                        () -> api.get(url, reader),
                        r -> r.status() == 200,
                        "the execution to be readable")
                .map();
    }
}
