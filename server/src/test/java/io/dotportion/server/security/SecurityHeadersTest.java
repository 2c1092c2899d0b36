package io.dotportion.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every answer of the runtime carries the sandbox policy and nosniff, whatever produced it; the management API
 * and the UI carry a strict policy and frame protection.
 */
@PlatformTest
class SecurityHeadersTest {
    private final ApiClient api;
    private final String token;
    private final String base;
    private final String limitedBase;

    SecurityHeadersTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        String projectId = user.newProject("pages");
        deploy(
                projectId,
                Workflows.chain(
                        "Page",
                        "GET",
                        "/page",
                        List.of(
                                Workflows.node(
                                        "answer",
                                        "response",
                                        Map.of(
                                                "status",
                                                200,
                                                "headers",
                                                Map.of("Content-Type", "text/html; charset=utf-8"),
                                                "body",
                                                "<html><body><script>document.title = document.cookie</script>hi</body></html>")))));
        deploy(
                projectId,
                Workflows.chain(
                        "Fail",
                        "GET",
                        "/fail",
                        List.of(
                                Workflows.node("boom", "logic", Map.of("code", "throw new Error('no')")),
                                Workflows.node("answer", "response", Map.of("status", 200)))));
        deploy(
                projectId,
                Workflows.single(
                        "Params",
                        "POST",
                        "/params",
                        "parameters",
                        Map.of(
                                "sources",
                                List.of(Map.of(
                                        "from",
                                        "body",
                                        "parameters",
                                        Map.of("name", Map.of("required", true, "type", "string"))))),
                        200));
        base = user.base("pages");
        String limited = user.newProject("limited");
        deploy(
                limited,
                Workflows.chain(
                        "Hello",
                        "GET",
                        "/hello",
                        List.of(Workflows.node("answer", "response", Map.of("status", 200, "body", "hi")))));
        Map<String, Object> rateLimit = new LinkedHashMap<>(Map.of(
                "enabled",
                true,
                "windowMs",
                3_600_000,
                "max",
                1,
                "message",
                "slow down",
                "standardHeaders",
                true,
                "legacyHeaders",
                true));
        api.call(
                        "PATCH",
                        "/v1/projects/" + limited,
                        Map.of(
                                "rateLimit",
                                rateLimit,
                                "cors",
                                Map.of(
                                        "enabled",
                                        true,
                                        "allowedOrigins",
                                        List.of("*"),
                                        "allowedMethods",
                                        List.of("GET"),
                                        "allowedHeaders",
                                        List.of("X-A"))),
                        token)
                .expect(200);
        limitedBase = user.base("limited");
    }

    private void deploy(String projectId, Map<String, Object> workflow) {
        api.deploy(token, api.newWorkflow(token, projectId, workflow));
    }

    private void assertSandboxed(ApiResponse r) {
        assertThat(ApiClient.headers(r, "Content-Security-Policy"))
                .as("status " + r.status())
                .containsExactly("sandbox");
        assertThat(ApiClient.headers(r, "X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(ApiClient.headers(r, "Set-Cookie")).isEmpty();
    }

    @Test
    void an_html_page_from_a_workflow_is_served_sandboxed() {
        ApiResponse r = api.get(base + "/page", null).expect(200);

        assertThat(ApiClient.header(r, "Content-Type")).startsWith("text/html");
        assertSandboxed(r);
    }

    @Test
    void failures_invalid_requests_and_unknown_paths_of_the_runtime_are_sandboxed() {
        assertSandboxed(api.get(base + "/fail", null).expect(500));
        assertSandboxed(api.post(base + "/params", Map.of(), null).expect(400));
        assertSandboxed(api.get(base + "/nowhere", null).expect(404));
        assertSandboxed(api.get("/api/nobody/nothing/x", null).expect(404));
        assertSandboxed(api.get("/api/", null).expect(404));
        assertSandboxed(api.get("/api", null).expect(404));
        assertSandboxed(api.call("DELETE", base + "/page", null, null).expect(404));
    }

    @Test
    void an_oversized_or_malformed_body_is_refused_sandboxed() {
        byte[] big = new byte[2 * 1024 * 1024];
        assertSandboxed(api.raw("POST", base + "/params", "application/json", big, Map.of())
                .expect(413));
        assertSandboxed(api.raw(
                        "POST",
                        base + "/params",
                        "application/json",
                        "{\"name\":".getBytes(StandardCharsets.UTF_8),
                        Map.of())
                .expect(400));
    }

    @Test
    void rate_limited_answers_and_cors_preflights_are_sandboxed() {
        assertSandboxed(api.get(limitedBase + "/hello", null).expect(200));
        ApiResponse limited = api.get(limitedBase + "/hello", null).expect(429);
        ApiResponse preflight = api.raw(
                        "OPTIONS",
                        limitedBase + "/hello",
                        null,
                        null,
                        Map.of("Origin", "https://x.example", "Access-Control-Request-Method", "GET"))
                .expect(204);

        assertSandboxed(limited);
        assertSandboxed(preflight);
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void the_published_openapi_document_is_sandboxed() {
        assertSandboxed(api.get(base + "/openapi.json", null).expect(200));
    }

    @Test
    void a_head_request_is_sandboxed_and_has_no_body() {
        ApiResponse r = api.call("HEAD", base + "/page", null, null).expect(200);

        assertSandboxed(r);
        assertThat(r.text()).isEmpty();
    }

    private void assertManagement(ApiResponse r) {
        String policy = ApiClient.header(r, "Content-Security-Policy");
        assertThat(policy)
                .as("status " + r.status())
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("sandbox");
        assertThat(ApiClient.header(r, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(ApiClient.header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(ApiClient.header(r, "Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void management_api_answers_carry_a_strict_policy_and_frame_protection() {
        assertManagement(api.get("/v1/auth/me", token).expect(200));
        assertManagement(api.get("/v1/auth/me", null).expect(401));
        assertManagement(api.get("/v1/nowhere", token).expect(404));
        assertManagement(api.post("/v1/auth/login", Map.of("email", "a@b.io", "password", "wrong password"), null)
                .expect(401));
        assertManagement(api.get("/health", null).expect(200));
        assertManagement(api.get("/v1/projects/000000000000000000000000", token).expect(404));
        assertManagement(api.post("/v1/projects", "{\"name\": ", token).expect(400));
        assertManagement(api.post("/v1/projects", Map.of("name", "x", "slug", "Not A Slug!"), token)
                .expect(400));
    }

    @Test
    void any_other_path_gets_the_ui_policy_with_scripts_from_the_origin_only() {
        ApiResponse r = api.get("/no-such-page.txt", null);

        String policy = ApiClient.header(r, "Content-Security-Policy");
        assertThat(policy)
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'none'")
                .doesNotContain("unsafe");
        assertThat(ApiClient.header(r, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(ApiClient.header(r, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(ApiClient.header(r, "X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
