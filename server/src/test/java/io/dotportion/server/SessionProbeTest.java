package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/auth/session}: who is signed in, answered 200 either way so a page can ask without a failure. */
@PlatformTest
class SessionProbeTest {
    private final ApiClient api;

    SessionProbeTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void a_visit_without_a_session_is_answered_200_signed_out() {
        assertThat(api.get("/v1/auth/session", null).expect(200).map()).isEqualTo(Map.of("signedIn", false));
    }

    @Test
    void an_invalid_or_revoked_token_is_answered_signed_out_not_401() {
        String token = api.newUser("probe");
        api.post("/v1/auth/logout", Map.of(), token).expect(204);

        assertThat(api.get("/v1/auth/session", token).expect(200).map()).containsEntry("signedIn", false);
        assertThat(api.raw("GET", "/v1/auth/session", null, null, Map.of("Cookie", "dp_session=forged"))
                        .expect(200)
                        .map())
                .containsEntry("signedIn", false);
    }

    @Test
    void the_session_cookie_or_a_token_is_answered_with_the_user() {
        String token = api.newUser("probe");
        String username = api.username(token);

        Map<String, Object> byCookie = api.raw(
                        "GET", "/v1/auth/session", null, null, Map.of("Cookie", "dp_session=" + token))
                .expect(200)
                .map();
        assertThat(byCookie).containsEntry("signedIn", true);
        assertThat(byCookie.get("user").toString())
                .contains("username=" + username)
                .doesNotContain("password");
        assertThat(api.get("/v1/auth/session", token).expect(200).map()).containsEntry("signedIn", true);
    }
}
