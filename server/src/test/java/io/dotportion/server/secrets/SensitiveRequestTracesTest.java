package io.dotportion.server.secrets;

import static io.dotportion.server.support.Workflows.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.LogCapture;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.Workflows;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "sensitive values stay out of logs": a deployed run and a test run of a workflow that reads a
 * request full of credentials (nested body fields, an array of objects, a query token, an API key and an
 * auth-token header, a declared sensitive parameter, a password-type parameter) and copies them into a node
 * output. The stored execution (GET executions) and the test-run answer hold each rule's mask and never a
 * value; the workflow's answer, built by nodes that saw the real values, still carries them; the workflow's
 * {@code masking} setting turns name masking off (declared fields stay masked) or adds and excepts names;
 * no system log line holds a value.
 */
@PlatformTest
class SensitiveRequestTracesTest {
    private static final String HEX = HexFormat.of().formatHex(SecureRandom.getSeed(8));
    static final String USER_PASSWORD = "userpw-" + HEX;
    static final String API_KEY = "arraykey-" + HEX;
    static final String QUERY_TOKEN = "querytok-" + HEX;
    static final String HEADER_KEY = "hdrkey-" + HEX;
    static final String HEADER_TOKEN = "hdrtok-" + HEX;
    static final String ANSWER = "answer-" + HEX;
    static final String WORD = "word-" + HEX;
    static final String SSN = "ssn-" + HEX;
    static final List<String> VALUES =
            List.of(USER_PASSWORD, API_KEY, QUERY_TOKEN, HEADER_KEY, HEADER_TOKEN, ANSWER, WORD, SSN);

    /** Started with the test instance, before the platform, so that its start-up is captured too. */
    private final LogCapture logs = LogCapture.start();

    private ApiClient api;
    private String token;
    private String projectId;
    private String base;

    @BeforeAll
    void start(ApiClient api) {
        this.api = api;
        token = api.newUser("masker");
        projectId = api.newProject(token, "masks");
        base = "/api/" + api.username(token) + "/masks";
    }

    @AfterAll
    void stop(RunningPlatform platform) {
        platform.stop();
        assertThat(logs.events()).isPositive();
        assertThat(logs.text()).as("the system log").doesNotContain(VALUES);
        logs.close();
    }

    @Test
    void the_stored_execution_and_the_test_run_trace_hold_each_rules_mask_and_no_value() {
        String id = deployed("/signup", null);

        ApiResponse answer = call("/signup");
        assertThat(answer.expect(200).map())
                .as("nodes saw the real values")
                .containsEntry("copied", ANSWER)
                .containsEntry("word", WORD)
                .containsEntry("note", "hello " + USER_PASSWORD);
        for (String text : traces(answer, id, "/signup")) {
            assertThat(text)
                    .doesNotContain(VALUES.stream().filter(v -> !v.equals(SSN)).toList())
                    .contains("\"ssn\":\"" + SSN + "\"")
                    .contains("\"user_password\":\"[masked:name]\"", "\"apiKey\":\"[masked:name]\"")
                    .contains("\"token\":\"[masked:name]\"", "\"x-auth-token\":\"[masked:name]\"")
                    .contains("\"x-api-key\":\"[redacted:x-api-key]\"")
                    .contains("\"answer\":\"[masked:sensitive]\"", "\"copied\":\"[masked:sensitive]\"")
                    .contains("\"word\":\"[masked:password-type]\"", "hello [masked:name]")
                    .contains("\"email\":\"ada@example.com\"", "\"tokenType\":\"bearer\"");
        }
    }

    @Test
    void names_false_shows_name_matched_values_and_still_masks_declared_fields() {
        String id = deployed("/open", Map.of("names", false));

        for (String text : traces(call("/open"), id, "/open")) {
            assertThat(text)
                    .contains(USER_PASSWORD, API_KEY, QUERY_TOKEN, HEADER_TOKEN)
                    .doesNotContain(ANSWER, WORD, HEADER_KEY)
                    .contains("[masked:sensitive]", "[masked:password-type]", "[redacted:x-api-key]")
                    .doesNotContain("[masked:name]");
        }
    }

    @Test
    void extra_names_are_masked_and_except_names_are_shown() {
        String id = deployed("/extra", Map.of("extraNames", List.of("SSN"), "exceptNames", List.of("token")));

        for (String text : traces(call("/extra"), id, "/extra")) {
            assertThat(text)
                    .contains(QUERY_TOKEN)
                    .doesNotContain(SSN, USER_PASSWORD, HEADER_TOKEN)
                    .contains("\"ssn\":\"[masked:name]\"");
        }
    }

    @Test
    void an_invalid_masking_setting_is_refused_with_every_problem_at_its_path() {
        Map<String, Object> document = workflow("/bad", Map.of("names", "no", "extraNames", List.of("", 3), "x", 1));

        ApiResponse refused = api.post("/v1/projects/" + projectId + "/workflows", document, token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("masking.names", "masking.extraNames[0]", "masking.extraNames[1]", "masking.x")
                .contains("INVALID_MASKING_SETTING");
    }

    private String deployed(String path, Map<String, Object> masking) {
        String id = api.newWorkflow(token, projectId, workflow(path, masking));
        api.deploy(token, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String path, Map<String, Object> masking) {
        Object parameters = Json.parse("""
                {"sources": [{"from": "body", "parameters": {
                  "email": {"type": "email"}, "answer": {"sensitive": true}, "word": {"type": "password"}}}]}
                """);
        String code = "return { copied: input.answer, word: input.word, "
                + "note: 'hello ' + request.body.profile.user_password };";
        Map<String, Object> document = Workflows.chain(
                "Masks " + path,
                "POST",
                path,
                List.of(
                        node("params", ParametersNode.ID, (Map<String, Object>) parameters),
                        node("copy", LogicNodeType.ID, Map.of("code", code)),
                        node("ok", ResponseNode.ID, Map.of("status", 200))));
        if (masking != null) {
            document = new LinkedHashMap<>(document);
            document.put("masking", masking);
        }
        return document;
    }

    private static Map<String, Object> body() {
        return Map.of(
                "email",
                "ada@example.com",
                "answer",
                ANSWER,
                "word",
                WORD,
                "ssn",
                SSN,
                "profile",
                Map.of("user_password", USER_PASSWORD, "tokenType", "bearer"),
                "keys",
                List.of(Map.of("apiKey", API_KEY)));
    }

    private static Map<String, String> headers() {
        return Map.of("X-Api-Key", HEADER_KEY, "X-Auth-Token", HEADER_TOKEN);
    }

    private ApiResponse call(String path) {
        byte[] bytes = Json.write(body()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return api.raw("POST", base + path + "?token=" + QUERY_TOKEN + "&page=2", "application/json", bytes, headers());
    }

    /** The trace of a test run's answer and the trace of its stored copy, as JSON text. */
    @SuppressWarnings("unchecked")
    private List<String> testRun(String workflowId, String path) {
        Map<String, Object> sample =
                Map.of("path", path + "?token=" + QUERY_TOKEN, "headers", headers(), "body", body());
        Map<String, Object> run = api.post("/v1/workflows/" + workflowId + "/test-run", sample, token)
                .expect(200)
                .map();
        assertThat(run).containsEntry("status", 200);
        assertThat((Map<String, Object>) run.get("body")).containsEntry("copied", ANSWER);
        Map<String, Object> stored = storedExecution(run.get("executionId").toString());
        return List.of(Json.write(run.get("trace")), Json.write(stored.get("trace")));
    }

    /** The stored trace of a deployed run, then the test-run answer's trace and its stored copy's. */
    private List<String> traces(ApiResponse deployedRun, String workflowId, String path) {
        String stored = Json.write(
                storedExecution(ApiClient.header(deployedRun, "X-Execution-Id")).get("trace"));
        List<String> test = testRun(workflowId, path);
        return List.of(stored, test.get(0), test.get(1));
    }

    private Map<String, Object> storedExecution(String id) {
        String url = "/v1/projects/" + projectId + "/executions/" + id;
        return Poll.until(
                        Duration.ofSeconds(10),
                        () -> api.get(url, token),
                        r -> r.status() == 200,
                        "the execution to be readable")
                .map();
    }
}
