package io.dotportion.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.http.HttpNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.LogCapture;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The http node over HTTP, against a local upstream server: each credential type reaches the upstream as its type
 * says, test-run traces and stored executions show it masked, and no value is in any answer, trace or log line.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class HttpNodeEndpointsTest {
    private static final String BEARER = "bearercanary5e0d2c7a91f4";
    private static final String PASSWORD = "basiccanary8b1f6e3d07a2";
    private static final String API_KEY = "apikeycanary2c9e7b4f1d60";
    private static final String QUERY_KEY = "querycanary7d3a0f5c82e1";

    private final LogCapture logs = LogCapture.start();
    private final UpstreamServer upstream = new UpstreamServer();
    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;
    private final List<String> seen = new ArrayList<>();
    private int runs;

    HttpNodeEndpointsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("calls");
        base = user.base("calls");
        upstream.on("/ok", UpstreamServer.json(200, "{\"ok\":true}"))
                .on("/missing", UpstreamServer.json(404, "{\"error\":\"no such item\"}"))
                .on("/inside", UpstreamServer.redirect("http://10.20.30.40:8081/admin"))
                .on(
                        "/echo",
                        exchange -> UpstreamServer.send(
                                exchange,
                                200,
                                "application/json",
                                Json.write(Map.of(
                                        "got", exchange.getRequestHeaders().getFirst("Authorization")))));
        secret("token", Map.of("type", "bearer", "value", BEARER));
        secret("login", Map.of("type", "basic", "value", "ada:" + PASSWORD));
        secret(
                "key",
                Map.of("type", "apiKey", "value", API_KEY, "metadata", Map.of("in", "header", "name", "X-Api-Key")));
        secret("qkey", Map.of("type", "apiKey", "value", QUERY_KEY, "metadata", Map.of("in", "query", "name", "key")));
    }

    @AfterAll
    void stop() {
        upstream.close();
        List<String> all = new ArrayList<>(seen);
        all.add(Json.write(executions()));
        all.add(logs.text());
        logs.close();
        String everything = String.join("\n", all);
        for (String canary : List.of(BEARER, PASSWORD, API_KEY, QUERY_KEY, basic())) {
            assertThat(everything).doesNotContain(canary);
        }
    }

    /** Test runs here use the live values (these secrets have no test value). */
    private void secret(String name, Map<String, Object> body) {
        Map<String, Object> live = new java.util.LinkedHashMap<>(body);
        live.put("testUsesLive", true);
        seen.add(api.putSecret(token, projectId, name, live).expect(201).text());
    }

    private static String basic() {
        return Base64.getEncoder().encodeToString(("ada:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> call(String url, String secret) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("url", url);
        if (secret != null) {
            data.put("secret", secret);
        }
        return data;
    }

    private String deploy(String path, Map<String, Object> data) {
        String id = api.newWorkflow(
                token,
                projectId,
                Workflows.chain(
                        path,
                        "GET",
                        path,
                        List.of(
                                Workflows.node("call", HttpNode.ID, data),
                                Workflows.node("answer", ResponseNode.ID, Map.of("status", 200)))));
        api.deploy(token, id);
        return id;
    }

    private ApiResponse get(String path) {
        runs++;
        ApiResponse answer = api.get(base + path, null);
        seen.add(answer.text());
        return answer;
    }

    private ApiResponse testRun(String workflowId) {
        runs++;
        ApiResponse answer = api.post("/v1/workflows/" + workflowId + "/test-run", Map.of(), token)
                .expect(200);
        seen.add(answer.text());
        return answer;
    }

    private List<Object> executions() {
        String url = "/v1/projects/" + projectId + "/executions?limit=500";
        return Poll.until(
                Duration.ofSeconds(15),
                () -> api.get(url, token).expect(200).list(),
                l -> l.size() >= runs,
                runs + " runs in the execution list");
    }

    @Test
    void each_credential_type_reaches_the_upstream_as_its_type_says() {
        deploy("/bearer", call(upstream.url("/ok"), "token"));
        deploy("/basic", call(upstream.url("/ok"), "login"));
        deploy("/header-key", call(upstream.url("/ok"), "key"));
        deploy("/query-key", call(upstream.url("/ok?page=2"), "qkey"));

        assertThat(get("/bearer").expect(200).map()).containsEntry("status", 200);
        assertThat(upstream.last().headers()).containsEntry("authorization", "Bearer " + BEARER);
        get("/basic").expect(200);
        assertThat(upstream.last().headers()).containsEntry("authorization", "Basic " + basic());
        get("/header-key").expect(200);
        assertThat(upstream.last().headers())
                .containsEntry("x-api-key", API_KEY)
                .doesNotContainKey("authorization");
        get("/query-key").expect(200);
        assertThat(upstream.last().query()).isEqualTo("page=2&key=" + QUERY_KEY);
    }

    @Test
    void the_test_run_trace_and_the_stored_execution_show_the_credential_masked() {
        String id = deploy("/masked", call(upstream.url("/ok"), "token"));
        String trace = Json.write(testRun(id).map().get("trace"));
        assertThat(trace).contains("\"Authorization\":\"[redacted:secret]\"").doesNotContain(BEARER);
        get("/masked").expect(200);
        String stored = Json.write(executions());
        assertThat(stored).contains("[redacted:secret]").doesNotContain(BEARER);
    }

    @Test
    void a_credential_an_upstream_echoes_back_is_masked_in_the_trace() {
        String bearer = deploy("/echo-bearer", call(upstream.url("/echo"), "token"));
        String login = deploy("/echo-basic", call(upstream.url("/echo"), "login"));
        ApiResponse run = testRun(bearer);
        assertThat(Json.write(run.map().get("trace")))
                .contains("Bearer [secret:token]")
                .doesNotContain(BEARER);
        seen.remove(run.text()); // the upstream's answer is the workflow's answer: it carries what the upstream sent
        run = testRun(login);
        assertThat(Json.write(run.map().get("trace")))
                .contains("Basic [secret:login]")
                .doesNotContain(basic());
        seen.remove(run.text());
    }

    @Test
    void api_key_metadata_is_shown_in_the_secret_listing_and_checked_on_write() {
        ApiResponse list =
                api.get("/v1/projects/" + projectId + "/secrets", token).expect(200);
        assertThat(list.list())
                .anySatisfy(s -> assertThat(Json.write(s))
                        .contains("\"name\":\"key\"", "\"type\":\"apiKey\"")
                        .contains("\"metadata\":{\"in\":\"header\",\"name\":\"X-Api-Key\"}"));
        ApiResponse refused = api.putSecret(token, projectId, "nowhere", Map.of("type", "apiKey", "value", API_KEY));
        seen.add(refused.expect(400).text());
        assertThat(refused.error()).isEqualTo("INVALID_SECRET_METADATA");
        ApiResponse badValue =
                api.putSecret(token, projectId, "spaced", Map.of("type", "bearer", "value", "Bearer " + BEARER));
        seen.add(badValue.expect(400).text());
        assertThat(badValue.error()).isEqualTo("INVALID_SECRET_VALUE");
    }

    @Test
    void a_redirect_to_a_refused_address_is_refused_without_naming_it() {
        deploy("/inside", call(upstream.url("/inside"), "token"));
        ApiResponse answer = get("/inside").expect(502);
        assertThat(answer.error()).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(answer.text())
                .contains("redirected")
                .doesNotContain("10.20.30.40")
                .doesNotContain("8081");
    }

    @Test
    void a_non_2xx_answer_follows_the_error_handle_when_connected_and_the_normal_one_otherwise() {
        deploy("/plain-404", call(upstream.url("/missing"), null));
        assertThat(get("/plain-404").expect(200).map()).containsEntry("status", 404);

        Map<String, Object> document = Workflows.chain(
                "handled",
                "GET",
                "/handled-404",
                List.of(
                        Workflows.node("call", HttpNode.ID, call(upstream.url("/missing"), null)),
                        Workflows.node("answer", ResponseNode.ID, Map.of("status", 200))));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = new ArrayList<>((List<Map<String, Object>>) document.get("nodes"));
        nodes.add(Workflows.node(
                "failed", ResponseNode.ID, Map.of("status", 424, "body", Map.of("upstream", "{{input.status}}"))));
        @SuppressWarnings("unchecked")
        List<Object> edges = new ArrayList<>((List<Object>) document.get("edges"));
        edges.add(Map.of("id", "err", "source", "call", "target", "failed", "sourceHandle", "error"));
        document.put("nodes", nodes);
        document.put("edges", edges);
        api.deploy(token, api.newWorkflow(token, projectId, document));
        assertThat(get("/handled-404").expect(424).map()).isEqualTo(Map.of("upstream", 404));
    }

    @Test
    void a_url_with_another_scheme_is_refused_when_the_workflow_is_saved() {
        for (String url : List.of("file:///etc/passwd", "ftp://example.com/x")) {
            ApiResponse refused = api.post(
                    "/v1/projects/" + projectId + "/workflows",
                    Workflows.single("bad", "GET", "/bad", HttpNode.ID, call(url, null), 200),
                    token);
            assertThat(refused.expect(400).text()).contains("nodes[1].data.url").contains("http:// or https://");
        }
    }
}
