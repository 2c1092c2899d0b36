package io.dotportion.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.core.value.Json;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.Workflows;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The session cookie goes to /v1 only, the CSRF cookie to the UI's pages; both are Secure when the client
 * came over TLS through a trusted proxy; a tenant's workflow never sees either.
 */
@PlatformTest
class SessionCookieTest {
    private static final String PASSWORD = "correct horse";

    private final ApiClient api;
    private final RunningPlatform behindProxy = RunningPlatform.start(
            config -> config.withGateway(GatewaySettings.defaults().withTrustedProxies(1)), TestClock.ticking());
    private final ApiClient proxyApi = behindProxy.api();

    SessionCookieTest(ApiClient api) {
        this.api = api;
    }

    @AfterAll
    void stop() {
        behindProxy.close();
    }

    private static List<String> loginCookies(ApiClient client, Map<String, String> headers) {
        String email = client.username(client.newUser("cookie")) + "@example.com";
        byte[] body = Json.write(Map.of("email", email, "password", PASSWORD)).getBytes(StandardCharsets.UTF_8);
        ApiResponse login = client.raw("POST", "/v1/auth/login", "application/json", body, headers)
                .expect(200);
        return ApiClient.headers(login, "Set-Cookie");
    }

    private static String cookie(List<String> cookies, String name) {
        return cookies.stream()
                .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_session_cookie_is_sent_to_the_management_api_only() {
        List<String> cookies = loginCookies(api, Map.of());

        assertThat(cookie(cookies, "dp_session"))
                .contains("; Path=/v1;")
                .contains("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(cookie(cookies, "dp_csrf"))
                .contains("; Path=/;")
                .doesNotContain("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("dp_session=;")
                        .contains("Path=/;")
                        .contains("Max-Age=0"));
    }

    @Test
    void cookies_are_not_secure_over_plain_http_even_when_a_client_claims_https() {
        List<String> cookies = loginCookies(api, Map.of("X-Forwarded-Proto", "https"));

        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void cookies_are_secure_when_the_trusted_proxy_says_the_client_used_https() {
        assertThat(loginCookies(proxyApi, Map.of("X-Forwarded-Proto", "https")))
                .hasSize(3)
                .allSatisfy(c -> assertThat(c).contains("; Secure"));
        assertThat(loginCookies(proxyApi, Map.of("X-Forwarded-Proto", "HTTPS")))
                .allSatisfy(c -> assertThat(c).contains("; Secure"));
    }

    @Test
    void behind_a_trusted_proxy_the_scheme_it_added_wins_over_one_the_client_wrote() {
        assertThat(loginCookies(proxyApi, Map.of("X-Forwarded-Proto", "https, http")))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
        assertThat(loginCookies(proxyApi, Map.of("X-Forwarded-Proto", "http, https")))
                .allSatisfy(c -> assertThat(c).contains("; Secure"));
        assertThat(loginCookies(proxyApi, Map.of()))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void logout_clears_the_session_cookie_under_both_paths() {
        String token = api.newUser("logout");
        ApiResponse out = api.post("/v1/auth/logout", null, token).expect(204);

        assertThat(ApiClient.headers(out, "Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("dp_session=;")
                        .contains("Path=/v1;")
                        .contains("Max-Age=0"))
                .anySatisfy(c -> assertThat(c).startsWith("dp_session=;").contains("Path=/;"))
                .anySatisfy(c -> assertThat(c).startsWith("dp_csrf=;").contains("Max-Age=0"));
    }

    @Test
    void a_workflow_never_sees_the_platforms_cookies_of_a_visitor() {
        String token = api.newUser("owner");
        String projectId = api.newProject(token, "jar");
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        projectId,
                        Workflows.chain(
                                "Cookies",
                                "GET",
                                "/cookies",
                                List.of(Workflows.node(
                                        "answer",
                                        "response",
                                        Map.of(
                                                "status",
                                                200,
                                                "body",
                                                Map.of("cookie", "{{request.headers.cookie}}")))))));
        String path = "/api/" + api.username(token) + "/jar/cookies";

        ApiResponse mixed = api.raw(
                        "GET",
                        path,
                        null,
                        null,
                        Map.of("Cookie", "dp_session=SESSION1; theme=dark; dp_csrf=CSRF1; lang=en"))
                .expect(200);
        ApiResponse only = api.raw("GET", path, null, null, Map.of("Cookie", "dp_session=SESSION2;dp_csrf=CSRF2"))
                .expect(200);
        ApiResponse lookalikes = api.raw(
                        "GET",
                        path,
                        null,
                        null,
                        Map.of("Cookie", "dp_session_x=1; list=\"a,b\"; x_dp_csrf=2;  dp_session = SESSION3"))
                .expect(200);

        assertThat(mixed.map()).containsEntry("cookie", "theme=dark; lang=en");
        assertThat(lookalikes.map()).containsEntry("cookie", "dp_session_x=1; list=\"a,b\"; x_dp_csrf=2");
        assertThat(only.map().get("cookie")).isNull();
        assertThat(mixed.text() + only.text() + lookalikes.text())
                .doesNotContain("SESSION")
                .doesNotContain("CSRF");
    }
}
