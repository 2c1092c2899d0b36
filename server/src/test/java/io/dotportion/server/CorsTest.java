package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class CorsTest {
    private static final String APP = "https://app.example.com";

    private final ApiClient api;
    private final String token;

    CorsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    @Test
    void a_project_with_cors_disabled_sends_no_cors_header_even_to_a_preflight() {
        String base = project("plain", null);

        ApiResponse get = send("GET", base + "/hello", Map.of("Origin", APP)).expect(200);
        ApiResponse preflight = preflight(base + "/hello", APP).expect(204);

        assertThat(corsHeaders(get)).isEmpty();
        assertThat(corsHeaders(preflight)).isEmpty();
        assertThat(ApiClient.header(preflight, "Allow")).isEqualTo("GET, OPTIONS");
    }

    @Test
    void an_allowed_origin_gets_its_origin_back_on_answers_and_preflights() {
        String base = project(
                "allowed",
                Map.of(
                        "enabled",
                        true,
                        "allowedOrigins",
                        List.of(APP),
                        "allowedMethods",
                        List.of("GET", "POST"),
                        "allowedHeaders",
                        List.of("Content-Type", "X-Trace")));

        ApiResponse get = send("GET", base + "/hello", Map.of("Origin", APP)).expect(200);
        ApiResponse preflight = preflight(base + "/hello", APP).expect(204);

        assertThat(ApiClient.header(get, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(ApiClient.header(get, "Vary")).contains("Origin");
        assertThat(ApiClient.header(get, "Access-Control-Expose-Headers")).contains("RateLimit-Remaining");
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET, POST");
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Headers")).isEqualTo("Content-Type, X-Trace");
        assertThat(ApiClient.header(preflight, "Access-Control-Max-Age")).isEqualTo("600");
    }

    @Test
    void a_disallowed_origin_gets_no_cors_header_so_the_browser_blocks_it() {
        String base = project("strict", Map.of("enabled", true, "allowedOrigins", List.of(APP)));

        ApiResponse get = send("GET", base + "/hello", Map.of("Origin", "https://evil.example.com"))
                .expect(200);
        ApiResponse preflight =
                preflight(base + "/hello", "https://evil.example.com").expect(204);

        assertThat(ApiClient.header(get, "Access-Control-Allow-Origin")).isNull();
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Origin")).isNull();
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Methods")).isNull();
        assertThat(ApiClient.header(get, "Vary")).contains("Origin");
    }

    @Test
    void a_star_origin_answers_star_and_errors_carry_it_too() {
        String base = project("open", Map.of("enabled", true, "allowedOrigins", List.of("*")));

        ApiResponse get = send("GET", base + "/hello", Map.of("Origin", "https://anyone.example"))
                .expect(200);
        ApiResponse missing = send("DELETE", base + "/hello", Map.of("Origin", "https://anyone.example"))
                .expect(404);

        assertThat(ApiClient.header(get, "Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(ApiClient.header(missing, "Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void a_preflight_for_a_path_nothing_serves_is_a_404() {
        String base = project("nopath", Map.of("enabled", true, "allowedOrigins", List.of("*")));

        assertThat(preflight(base + "/nothing/here", APP).status()).isEqualTo(404);
    }

    @Test
    void switching_cors_off_removes_the_headers_at_once() {
        String id = api.newProject(token, "toggle");
        String base = deployHello(id, "toggle");
        patch(id, Map.of("enabled", true, "allowedOrigins", List.of(APP)));
        assertThat(ApiClient.header(send("GET", base + "/hello", Map.of("Origin", APP)), "Access-Control-Allow-Origin"))
                .isEqualTo(APP);

        patch(id, Map.of("enabled", false));

        assertThat(corsHeaders(send("GET", base + "/hello", Map.of("Origin", APP))))
                .isEmpty();
        assertThat(corsHeaders(preflight(base + "/hello", APP))).isEmpty();
    }

    @Test
    void a_one_label_wildcard_origin_allows_each_subdomain_and_nothing_else() {
        String base = project("wild", Map.of("enabled", true, "allowedOrigins", List.of("https://*.example.com")));

        for (String allowed : List.of("https://app.example.com", "https://admin.example.com")) {
            ApiResponse get =
                    send("GET", base + "/hello", Map.of("Origin", allowed)).expect(200);
            assertThat(ApiClient.header(get, "Access-Control-Allow-Origin")).isEqualTo(allowed);
            assertThat(ApiClient.header(preflight(base + "/hello", allowed), "Access-Control-Allow-Origin"))
                    .isEqualTo(allowed);
        }
        for (String refused : List.of(
                "https://example.com",
                "https://a.b.example.com",
                "http://app.example.com",
                "https://app.example.com.evil.net",
                "https://evilexample.com")) {
            assertThat(ApiClient.header(
                            send("GET", base + "/hello", Map.of("Origin", refused)), "Access-Control-Allow-Origin"))
                    .as(refused)
                    .isNull();
        }
    }

    @Test
    void origin_patterns_that_could_never_match_are_refused_at_save_and_change_nothing() {
        String id = api.newProject(token, "badorigins");
        patch(id, Map.of("enabled", true, "allowedOrigins", List.of(APP)));

        for (String bad : List.of(
                "*.example.com",
                "https://api.*.example.com",
                "https://*.com",
                "example.com",
                "https://app.example.com/path",
                "null")) {
            ApiResponse refused = api.call(
                            "PATCH",
                            "/v1/projects/" + id,
                            Map.of("cors", Map.of("enabled", true, "allowedOrigins", List.of(APP, bad))),
                            token)
                    .expect(400);
            assertThat(refused.text()).as(bad).contains("cors.allowedOrigins[1]");
        }
        String base = deployHello(id, "badorigins");
        assertThat(ApiClient.header(send("GET", base + "/hello", Map.of("Origin", APP)), "Access-Control-Allow-Origin"))
                .isEqualTo(APP);
    }

    private String project(String slug, Map<String, Object> cors) {
        String id = api.newProject(token, slug);
        String base = deployHello(id, slug);
        if (cors != null) {
            patch(id, cors);
        }
        return base;
    }

    private String deployHello(String projectId, String slug) {
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.chain(
                                "Hello",
                                "GET",
                                "/hello",
                                List.of(Workflows.node(
                                        "answer", "response", Map.of("status", 200, "body", Map.of("hi", "there")))))));
        return "/api/" + api.username(token) + "/" + slug;
    }

    private void patch(String projectId, Map<String, Object> cors) {
        api.call("PATCH", "/v1/projects/" + projectId, Map.of("cors", cors), token)
                .expect(200);
    }

    private ApiResponse preflight(String path, String origin) {
        return send("OPTIONS", path, Map.of("Origin", origin, "Access-Control-Request-Method", "GET"));
    }

    private ApiResponse send(String method, String path, Map<String, String> headers) {
        return api.raw(method, path, null, null, headers);
    }

    private List<String> corsHeaders(ApiResponse r) {
        return r.headers().keySet().stream()
                .filter(name -> name.toLowerCase().startsWith("access-control-"))
                .toList();
    }
}
