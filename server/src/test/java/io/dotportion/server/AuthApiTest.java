package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@PlatformTest
class AuthApiTest {
    private final ApiClient api;

    AuthApiTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void health_answers_ok() {
        assertThat(api.get("/health", null).expect(200).map()).containsEntry("status", "ok");
    }

    @Test
    void signup_returns_the_user_and_login_returns_a_token_and_a_session_cookie() {
        ApiResponse signup = api.post(
                        "/v1/auth/signup",
                        Map.of("email", "Ada@Example.com", "username", "ada", "password", "analytical engine 1843"),
                        null)
                .expect(201);
        assertThat(signup.map())
                .containsEntry("email", "ada@example.com")
                .containsEntry("username", "ada")
                .containsKey("id")
                .doesNotContainKey("password")
                .doesNotContainKey("passwordHash");

        ApiResponse login = api.post(
                        "/v1/auth/login",
                        Map.of("email", "ada@example.com", "password", "analytical engine 1843"),
                        null)
                .expect(200);
        String token = login.map().get("token").toString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(ApiClient.header(login, "Set-Cookie"))
                .contains("dp_session=" + token)
                .contains("HttpOnly")
                .contains("SameSite=Strict")
                .contains("Path=/");
        assertThat(api.get("/v1/auth/me", token).expect(200).map()).containsEntry("username", "ada");
    }

    @Test
    void the_session_cookie_authenticates_like_the_bearer_token() {
        String token = api.newUser("cookie");
        ApiResponse me = api.raw("GET", "/v1/auth/me", null, null, Map.of("Cookie", "dp_session=" + token));
        assertThat(me.expect(200).map()).containsKey("username");
    }

    @Test
    void wrong_password_and_unknown_email_get_the_same_401() {
        api.post(
                        "/v1/auth/signup",
                        Map.of("email", "bob@example.com", "username", "bob", "password", "quiet lantern glow 3"),
                        null)
                .expect(201);
        ApiResponse wrong =
                api.post("/v1/auth/login", Map.of("email", "bob@example.com", "password", "password2"), null);
        ApiResponse unknown =
                api.post("/v1/auth/login", Map.of("email", "nobody@example.com", "password", "password1"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.map()).isEqualTo(unknown.map());
        assertThat(wrong.error()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void signup_rejects_bad_input_and_a_taken_username_but_not_a_registered_email() {
        assertThat(api.post(
                                "/v1/auth/signup",
                                Map.of(
                                        "email",
                                        "not-an-email",
                                        "username",
                                        "carol",
                                        "password",
                                        "violet anchor meadow 7"),
                                null)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/v1/auth/signup",
                                Map.of(
                                        "email",
                                        "carol@example.com",
                                        "username",
                                        "Carol!",
                                        "password",
                                        "violet anchor meadow 7"),
                                null)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/v1/auth/signup",
                                Map.of("email", "carol@example.com", "username", "carol", "password", "short"),
                                null)
                        .status())
                .isEqualTo(400);
        api.post(
                        "/v1/auth/signup",
                        Map.of("email", "carol@example.com", "username", "carol", "password", "violet anchor meadow 7"),
                        null)
                .expect(201);
        ApiResponse sameEmail = api.post(
                "/v1/auth/signup",
                Map.of("email", "CAROL@example.com", "username", "carol2", "password", "violet anchor meadow 7"),
                null);
        ApiResponse sameName = api.post(
                "/v1/auth/signup",
                Map.of("email", "carol2@example.com", "username", "carol", "password", "violet anchor meadow 7"),
                null);
        assertThat(sameEmail.status()).isEqualTo(201);
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.error()).isEqualTo("CONFLICT");
    }

    @Test
    void v1_routes_need_a_token_and_refuse_a_forged_one() {
        assertThat(api.get("/v1/projects", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/projects", "forged-token-value").status()).isEqualTo(401);
        assertThat(api.get("/v1/projects", null).error()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void logout_revokes_the_presented_token() {
        String token = api.newUser("leaver");
        api.post("/v1/auth/logout", null, token).expect(204);
        assertThat(api.get("/v1/auth/me", token).status()).isEqualTo(401);
    }

    @Test
    void personal_tokens_are_shown_once_listed_without_value_and_revocable() {
        String session = api.newUser("scripter");
        ApiResponse created = api.post("/v1/tokens", Map.of("name", "ci", "scope", "full"), session)
                .expect(201);
        String tokenId = created.map().get("id").toString();
        String value = created.map().get("token").toString();
        assertThat(api.get("/v1/auth/me", value).status()).isEqualTo(200);

        ApiResponse list = api.get("/v1/tokens", session).expect(200);
        assertThat(list.text()).contains(tokenId).doesNotContain(value);

        api.call("DELETE", "/v1/tokens/" + tokenId, null, session).expect(204);
        assertThat(api.get("/v1/auth/me", value).status()).isEqualTo(401);
    }

    @Test
    void a_read_scoped_token_reads_but_cannot_change_anything() {
        String session = api.newUser("reader");
        String value = api.post("/v1/tokens", Map.of("name", "dashboards", "scope", "read"), session)
                .expect(201)
                .map()
                .get("token")
                .toString();
        assertThat(api.get("/v1/projects", value).status()).isEqualTo(200);
        ApiResponse refused = api.post("/v1/projects", Map.of("name", "X", "slug", "x"), value);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("FORBIDDEN");
    }

    @Test
    void a_token_cannot_be_created_already_expired() {
        String session = api.newUser("expiry");
        ApiResponse past = api.post("/v1/tokens", Map.of("name", "old", "expiresAt", "2001-01-01T00:00:00Z"), session);
        assertThat(past.status()).isEqualTo(400);
    }

    @Test
    void malformed_json_is_a_400_invalid_json() {
        ApiResponse r = api.raw(
                "POST",
                "/v1/auth/signup",
                "application/json",
                "{\"email\": ".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_JSON");
        assertThat(r.text()).doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    void unknown_routes_answer_404_json() {
        ApiResponse r = api.get("/nothing/here", null);
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.error()).isEqualTo("NOT_FOUND");
    }
}
