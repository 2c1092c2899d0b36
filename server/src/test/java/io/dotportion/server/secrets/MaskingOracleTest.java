package io.dotportion.server.secrets;

import static io.dotportion.server.support.Workflows.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 8, "no masking oracle": an anonymous caller of an endpoint that echoes its input, in a workflow that
 * resolves a jwt and a mongodb secret, gets every candidate back exactly as sent (the secret values, parts
 * of them, text containing them, encoded forms), in the body and in headers. Answers are never rewritten,
 * so they tell nothing about which guess was right, and data that merely contains a secret is not mangled.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class MaskingOracleTest {
    static final String JWT = "oracle-jwt-key-" + "0123456789abcdef0123456789abcdef";
    static final String PASSWORD = "Oracle-Pw-7731";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config ->
            config.withUserDatabases(MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofMillis(800))));

    private final UserDatabase userDb;
    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;

    MaskingOracleTest(SignedUpUser user) {
        userDb = new UserDatabase();
        api = user.api();
        token = user.token();
        projectId = user.newProject("oracle");
        base = user.base("oracle");
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", JWT))
                .expect(201);
        api.putSecret(
                        token,
                        projectId,
                        "users_db",
                        Map.of("type", "mongodb", "value", userDb.account("app", PASSWORD, "app")))
                .expect(201);
        api.putSecret(
                        token,
                        projectId,
                        "short_db",
                        Map.of("type", "mongodb", "value", userDb.account("short", "pass", "app")))
                .expect(201);
        deploy(echo("/echo", "users_db"));
        deploy(echo("/echo-short", "short_db"));
    }

    @AfterAll
    void stop() {
        userDb.close();
    }

    @Test
    void every_candidate_comes_back_unchanged_in_the_body() {
        for (String candidate : candidates()) {
            ApiResponse answer = echo("/echo", candidate, "plain");
            assertThat(answer.status()).as(candidate).isEqualTo(200);
            assertThat(answer.map().get("probe")).as(candidate).isEqualTo(candidate);
            assertThat(answer.map().get("list")).as(candidate).isEqualTo(List.of(candidate, "x " + candidate));
            assertThat(answer.text()).as(candidate).doesNotContain("[secret");
        }
    }

    @Test
    void every_header_safe_candidate_comes_back_unchanged_in_the_headers() {
        for (String candidate : candidates()) {
            if (!candidate.chars().allMatch(c -> c >= 0x21 && c < 0x7f)) {
                continue;
            }
            ApiResponse answer = echo("/echo", "body", candidate);
            assertThat(ApiClient.header(answer, "x-echo")).as(candidate).isEqualTo(candidate);
            assertThat(ApiClient.header(answer, "x-echo-wrapped")).as(candidate).isEqualTo("v=" + candidate + ";");
        }
    }

    @Test
    void a_word_containing_a_short_password_is_not_mangled() {
        for (String text : List.of("password", "pass", "passwords and pass", "bypass")) {
            ApiResponse answer = echo("/echo-short", text, "password");
            assertThat(answer.map().get("probe")).as(text).isEqualTo(text);
            assertThat(ApiClient.header(answer, "x-echo")).isEqualTo("password");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_stored_trace_keeps_words_that_contain_a_short_password() {
        ApiResponse answer = echo("/echo-short", "password", "password");
        String id = ApiClient.header(answer, "X-Execution-Id");
        String url = "/v1/projects/" + projectId + "/executions/" + id;
        Map<String, Object> execution = Poll.until(
                        Duration.ofSeconds(10),
                        () -> api.get(url, token),
                        r -> r.status() == 200,
                        "the execution to be stored")
                .map();
        List<Map<String, Object>> trace = (List<Map<String, Object>>) execution.get("trace");
        Map<String, Object> echoed = trace.getLast();
        assertThat(((Map<String, Object>) echoed.get("output")).get("probe")).isEqualTo("password");
    }

    @Test
    void no_template_can_name_a_secret() {
        for (String template : List.of(
                "{{secrets.jwt}}", "{{secret.jwt}}", "{{jwt}}", "{{users_db.value}}", "{{request.secrets.jwt}}x")) {
            Map<String, Object> document = Workflows.single(
                    "Template " + template,
                    "GET",
                    "/t",
                    "response",
                    Map.of("status", 200, "body", Map.of("v", template)),
                    200);
            ApiResponse saved = api.post("/v1/projects/" + projectId + "/workflows", document, token);
            if (saved.status() == 201) {
                String id = saved.map().get("id").toString();
                ApiResponse run = api.post("/v1/workflows/" + id + "/test-run", Map.of(), token);
                assertThat(run.text()).as(template).doesNotContain(JWT).doesNotContain(PASSWORD);
                api.delete("/v1/workflows/" + id, token);
            } else {
                assertThat(saved.status()).as(template).isEqualTo(400);
            }
        }
    }

    @Test
    void no_script_receives_a_secret_after_nodes_used_both() {
        String code =
                "return { globals: Object.getOwnPropertyNames(globalThis).join(','), steps: JSON.stringify(steps),"
                        + " request: JSON.stringify(request), input: JSON.stringify(input),"
                        + " args: JSON.stringify(Array.from(arguments)), secrets: typeof secrets };";
        Map<String, Object> document = Workflows.chain(
                "Look around",
                "POST",
                "/look",
                List.of(
                        node("sign", "jwtGenerate", Map.of("secret", "jwt", "payload", Map.of("sub", "probe"))),
                        node(
                                "count",
                                "mongodb",
                                Map.of(
                                        "secret",
                                        "users_db",
                                        "collection",
                                        "users",
                                        "operation",
                                        "count",
                                        "filter",
                                        Map.of())),
                        node("look", "logic", Map.of("code", code)),
                        node("answer", "response", Map.of("status", 200))));
        deploy(document);

        ApiResponse answer = api.post(base + "/look", Map.of("x", 1), null).expect(200);

        assertThat(answer.map()).containsEntry("secrets", "undefined");
        assertThat(answer.text())
                .contains("\\\"token\\\"")
                .doesNotContain(JWT)
                .doesNotContain(PASSWORD)
                .doesNotContain(UserDatabase.encode(PASSWORD));
    }

    /** The secrets, parts of them, text around them, and their encoded and escaped forms. */
    private List<String> candidates() {
        String url = userDb.url("app", PASSWORD, "app");
        List<String> out = new ArrayList<>(List.of(
                JWT,
                PASSWORD,
                url,
                PASSWORD.substring(0, PASSWORD.length() - 1),
                JWT.substring(0, 20),
                PASSWORD.substring(4),
                "x" + PASSWORD + "y",
                "my password is " + PASSWORD + ".",
                "Bearer " + JWT,
                UserDatabase.encode(PASSWORD),
                UserDatabase.encode(JWT),
                "app:" + PASSWORD + "@host",
                "mongodb://app:" + PASSWORD + "@elsewhere/db",
                Json.write(PASSWORD),
                PASSWORD.toLowerCase(),
                PASSWORD + "\n" + JWT));
        out.add("pass");
        return out;
    }

    private ApiResponse echo(String path, String probe, String header) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("probe", probe);
        body.put("list", List.of(probe, "x " + probe));
        return api.raw(
                "POST",
                base + path,
                "application/json",
                Json.write(body).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("X-Probe", header));
    }

    /**
     * Signs a token and counts documents with {@code secret} (both secrets resolved in the run; a failing
     * count takes the error edge to the same answer), then answers the request's body and a header.
     */
    private Map<String, Object> echo(String path, String secret) {
        Map<String, Object> answer = node(
                "answer",
                "response",
                Map.of(
                        "status",
                        200,
                        "body",
                        "{{request.body}}",
                        "headers",
                        Map.of(
                                "x-echo",
                                "{{request.headers.x-probe}}",
                                "x-echo-wrapped",
                                "v={{request.headers.x-probe}};")));
        List<Map<String, Object>> nodes = List.of(
                node("start", "apiStart", Map.of()),
                node("sign", "jwtGenerate", Map.of("secret", "jwt", "payload", Map.of("sub", "probe"))),
                node(
                        "count",
                        "mongodb",
                        Map.of("secret", secret, "collection", "users", "operation", "count", "filter", Map.of())),
                answer);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "Echo " + path);
        document.put("method", "POST");
        document.put("path", path);
        document.put("nodes", nodes);
        document.put(
                "edges",
                List.of(
                        Map.of("id", "e1", "source", "start", "target", "sign"),
                        Map.of("id", "e2", "source", "sign", "target", "count"),
                        Map.of("id", "e3", "source", "count", "target", "answer"),
                        Map.of("id", "e4", "source", "count", "target", "answer", "sourceHandle", "error")));
        return document;
    }

    private void deploy(Map<String, Object> document) {
        api.deploy(token, api.newWorkflow(token, projectId, document));
    }
}
