package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class RateLimitTest {
    private final ApiClient api;
    private final String token;

    RateLimitTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    @Test
    void the_limit_allows_max_requests_per_window_then_answers_429_with_the_message() {
        String base = project("three", limit(3, true, false));

        for (int remaining = 2; remaining >= 0; remaining--) {
            ApiResponse ok = api.get(base + "/hello", null).expect(200);
            assertThat(ApiClient.header(ok, "RateLimit-Limit")).isEqualTo("3");
            assertThat(ApiClient.header(ok, "RateLimit-Remaining")).isEqualTo(String.valueOf(remaining));
            assertThat(Long.parseLong(ApiClient.header(ok, "RateLimit-Reset"))).isBetween(1L, 3600L);
        }
        ApiResponse refused = api.get(base + "/hello", null).expect(429);

        assertThat(refused.map()).isEqualTo(Map.of("error", "RATE_LIMITED", "message", "slow down, please"));
        assertThat(ApiClient.header(refused, "RateLimit-Remaining")).isEqualTo("0");
        assertThat(Long.parseLong(ApiClient.header(refused, "Retry-After"))).isBetween(1L, 3600L);
        assertThat(ApiClient.header(refused, "X-RateLimit-Limit")).isNull();
        assertThat(api.get(base + "/hello", null).status()).isEqualTo(429);
    }

    @Test
    void legacy_headers_come_when_asked_and_standard_ones_can_be_turned_off() {
        String base = project("legacy", limit(5, false, true));

        ApiResponse ok = api.get(base + "/hello", null).expect(200);

        assertThat(ApiClient.header(ok, "X-RateLimit-Limit")).isEqualTo("5");
        assertThat(ApiClient.header(ok, "X-RateLimit-Remaining")).isEqualTo("4");
        assertThat(Long.parseLong(ApiClient.header(ok, "X-RateLimit-Reset")))
                .isGreaterThan(System.currentTimeMillis() / 1000 - 1);
        assertThat(ApiClient.header(ok, "RateLimit-Limit")).isNull();
    }

    @Test
    void every_answer_of_a_limited_project_carries_the_headers_even_a_404() {
        String base = project("every", limit(10, true, true));

        ApiResponse missing = api.get(base + "/nowhere", null).expect(404);

        assertThat(ApiClient.header(missing, "RateLimit-Limit")).isEqualTo("10");
        assertThat(ApiClient.header(missing, "X-RateLimit-Remaining")).isEqualTo("9");
    }

    @Test
    void a_forged_forwarded_for_header_does_not_escape_the_limit_when_no_proxy_is_trusted() {
        String base = project("forged", limit(1, true, false));
        api.get(base + "/hello", null).expect(200);

        ApiResponse forged = api.raw("GET", base + "/hello", null, null, Map.of("X-Forwarded-For", "203.0.113.7"));

        assertThat(forged.status()).isEqualTo(429);
    }

    @Test
    void behind_a_trusted_proxy_each_forwarded_client_has_its_own_count() {
        try (RunningPlatform proxied = RunningPlatform.start(
                config -> config.withGateway(GatewaySettings.defaults().withTrustedProxies(1)), TestClock.ticking())) {
            ApiClient behind = proxied.api();
            String owner = behind.newUser("proxied");
            String id = behind.newProject(owner, "proxied");
            behind.deploy(
                    owner,
                    behind.newWorkflow(
                            owner,
                            id,
                            Workflows.chain(
                                    "Hello",
                                    "GET",
                                    "/hello",
                                    List.of(Workflows.node("answer", "response", Map.of("status", 200))))));
            behind.call("PATCH", "/v1/projects/" + id, Map.of("rateLimit", limit(1, true, false)), owner)
                    .expect(200);
            String path = "/api/" + behind.username(owner) + "/proxied/hello";

            assertThat(behind.raw("GET", path, null, null, Map.of("X-Forwarded-For", "198.51.100.1"))
                            .status())
                    .isEqualTo(200);
            assertThat(behind.raw("GET", path, null, null, Map.of("X-Forwarded-For", "198.51.100.2"))
                            .status())
                    .isEqualTo(200);
            assertThat(behind.raw("GET", path, null, null, Map.of("X-Forwarded-For", "9.9.9.9, 198.51.100.1"))
                            .status())
                    .isEqualTo(429);
        }
    }

    @Test
    void a_refusal_carries_the_cors_headers_so_a_browser_can_read_it() {
        String id = api.newProject(token, "corslimit");
        String base = deployHello(id, "corslimit");
        api.call(
                        "PATCH",
                        "/v1/projects/" + id,
                        Map.of(
                                "rateLimit",
                                limit(1, true, false),
                                "cors",
                                Map.of("enabled", true, "allowedOrigins", List.of("https://app.example.com"))),
                        token)
                .expect(200);
        Map<String, String> origin = Map.of("Origin", "https://app.example.com");
        api.raw("GET", base + "/hello", null, null, origin).expect(200);

        ApiResponse refused =
                api.raw("GET", base + "/hello", null, null, origin).expect(429);

        assertThat(ApiClient.header(refused, "Access-Control-Allow-Origin")).isEqualTo("https://app.example.com");
        assertThat(ApiClient.header(refused, "Access-Control-Expose-Headers")).contains("Retry-After");
    }

    @Test
    void a_project_without_a_limit_sends_no_rate_limit_header_and_never_429s() {
        String base = project("unlimited", null);

        for (int i = 0; i < 5; i++) {
            ApiResponse ok = api.get(base + "/hello", null).expect(200);
            assertThat(ok.headers().keySet())
                    .noneMatch(name -> name.toLowerCase().contains("ratelimit"));
        }
    }

    @Test
    void turning_the_limit_off_lets_a_refused_client_through_at_once() {
        String id = api.newProject(token, "switch");
        String base = deployHello(id, "switch");
        api.call("PATCH", "/v1/projects/" + id, Map.of("rateLimit", limit(1, true, false)), token)
                .expect(200);
        api.get(base + "/hello", null).expect(200);
        api.get(base + "/hello", null).expect(429);

        api.call("PATCH", "/v1/projects/" + id, Map.of("rateLimit", Map.of("enabled", false)), token)
                .expect(200);

        assertThat(api.get(base + "/hello", null).status()).isEqualTo(200);
    }

    private Map<String, Object> limit(int max, boolean standard, boolean legacy) {
        Map<String, Object> limit = new LinkedHashMap<>();
        limit.put("enabled", true);
        limit.put("windowMs", 3_600_000);
        limit.put("max", max);
        limit.put("message", "slow down, please");
        limit.put("standardHeaders", standard);
        limit.put("legacyHeaders", legacy);
        return limit;
    }

    private String project(String slug, Map<String, Object> rateLimit) {
        String id = api.newProject(token, slug);
        String base = deployHello(id, slug);
        if (rateLimit != null) {
            api.call("PATCH", "/v1/projects/" + id, Map.of("rateLimit", rateLimit), token)
                    .expect(200);
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
}
