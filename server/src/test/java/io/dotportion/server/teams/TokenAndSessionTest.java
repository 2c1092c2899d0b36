package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Personal tokens (expiry, revocation, read-only scope) and the browser session (cookies, CSRF, logout). */
@PlatformTest
class TokenAndSessionTest {
    private static final String PASSWORD = "correct horse";
    private final ApiClient api;
    private final TestClock clock;

    TokenAndSessionTest(ApiClient api, TestClock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Test
    void a_token_past_its_expiry_is_refused() {
        String session = api.newUser("expiring");
        String expiresAt = clock.instant().plus(Duration.ofHours(1)).toString();
        String token = personal(session, "short", "full", expiresAt);
        api.get("/v1/projects", token).expect(200);
        clock.advance(Duration.ofHours(2));
        assertThat(api.get("/v1/projects", token).expect(401).error()).isEqualTo("UNAUTHORIZED");
        api.get("/v1/projects", session).expect(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_revoked_token_is_refused_and_no_longer_listed_and_no_listing_shows_a_value() {
        String session = api.newUser("revoking");
        Map<String, Object> created = api.post("/v1/tokens", Map.of("name", "ci", "scope", "full"), session)
                .expect(201)
                .map();
        String token = created.get("token").toString();
        api.get("/v1/projects", token).expect(200);
        List<Object> listed = api.get("/v1/tokens", session).expect(200).list();
        assertThat(listed)
                .hasSize(2)
                .allSatisfy(t -> assertThat((Map<String, Object>) t)
                        .doesNotContainKey("token")
                        .doesNotContainKey("tokenHash"));
        assertThat(listed).anySatisfy(t -> assertThat((Map<String, Object>) t).containsEntry("name", "ci"));
        assertThat(api.get("/v1/tokens", session).text()).doesNotContain(token).doesNotContain(session);
        api.delete("/v1/tokens/" + created.get("id"), session).expect(204);
        api.get("/v1/projects", token).expect(401);
        assertThat(api.get("/v1/tokens", session).expect(200).list())
                .noneSatisfy(t -> assertThat((Map<String, Object>) t).containsEntry("name", "ci"));
    }

    @Test
    void a_read_only_token_reads_but_every_write_answers_403() {
        String session = api.newUser("reader");
        String project = api.newProject(session, "readable");
        String token = personal(session, "ro", "read", null);
        api.get("/v1/projects/" + project, token).expect(200);
        assertThat(api.post("/v1/projects", Map.of("name", "X", "slug", "x"), token)
                        .expect(403)
                        .error())
                .isEqualTo("FORBIDDEN");
        assertThat(api.call("PATCH", "/v1/projects/" + project, Map.of("name", "Y"), token)
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/v1/projects/" + project, token).status()).isEqualTo(403);
        assertThat(api.post("/v1/tokens", Map.of("name", "more", "scope", "full"), token)
                        .status())
                .isEqualTo(403);
        api.get("/v1/projects/" + project, session).expect(200);
    }

    @Test
    void login_sets_an_http_only_strict_session_cookie_and_a_readable_csrf_cookie() {
        ApiResponse login = login(signup("cookies"));
        List<String> cookies = ApiClient.headers(login, "Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("dp_session=")
                        .contains("HttpOnly")
                        .contains("SameSite=Strict")
                        .contains("Path=/"));
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("dp_csrf=" + login.map().get("csrfToken"))
                        .contains("SameSite=Strict")
                        .doesNotContain("HttpOnly"));
    }

    @Test
    void a_cookie_request_that_changes_something_needs_the_csrf_token() {
        ApiResponse login = login(signup("csrf"));
        String session = login.map().get("token").toString();
        String csrf = login.map().get("csrfToken").toString();
        String cookie = "dp_session=" + session;
        byte[] body = "{\"name\":\"P\",\"slug\":\"from-cookie\"}".getBytes(StandardCharsets.UTF_8);

        ApiResponse bare = api.raw("POST", "/v1/projects", "application/json", body, Map.of("Cookie", cookie));
        assertThat(bare.expect(403).error()).isEqualTo("CSRF_REJECTED");
        ApiResponse wrong = api.raw(
                "POST", "/v1/projects", "application/json", body, Map.of("Cookie", cookie, "X-CSRF-Token", csrf + "x"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(api.get("/v1/projects", session).expect(200).list()).isEmpty();

        api.raw("POST", "/v1/projects", "application/json", body, Map.of("Cookie", cookie, "X-CSRF-Token", csrf))
                .expect(201);
        api.raw("GET", "/v1/projects", null, null, Map.of("Cookie", cookie)).expect(200);
        api.post("/v1/projects", Map.of("name", "Q", "slug", "from-bearer"), session)
                .expect(201);
    }

    @Test
    void logout_revokes_the_session_and_clears_both_cookies() {
        ApiResponse login = login(signup("leaving"));
        String session = login.map().get("token").toString();
        String csrf = login.map().get("csrfToken").toString();
        String cookie = "dp_session=" + session;
        api.raw("POST", "/v1/auth/logout", null, null, Map.of("Cookie", cookie)).expect(403);
        ApiResponse out = api.raw("POST", "/v1/auth/logout", null, null, Map.of("Cookie", cookie, "X-CSRF-Token", csrf))
                .expect(204);
        assertThat(ApiClient.headers(out, "Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("dp_session=;"))
                .anySatisfy(c -> assertThat(c).startsWith("dp_csrf=;"));
        api.get("/v1/auth/me", session).expect(401);
    }

    private String personal(String session, String name, String scope, String expiresAt) {
        Map<String, Object> body = expiresAt == null
                ? Map.of("name", name, "scope", scope)
                : Map.of("name", name, "scope", scope, "expiresAt", expiresAt);
        return api.post("/v1/tokens", body, session)
                .expect(201)
                .map()
                .get("token")
                .toString();
    }

    private String signup(String prefix) {
        String email = prefix + "-" + System.nanoTime() + "@example.com";
        String username = (prefix + System.nanoTime()).substring(0, Math.min(32, prefix.length() + 12));
        api.post("/v1/auth/signup", Map.of("email", email, "username", username, "password", PASSWORD), null)
                .expect(201);
        return email;
    }

    private ApiResponse login(String email) {
        return api.post("/v1/auth/login", Map.of("email", email, "password", PASSWORD), null)
                .expect(200);
    }
}
