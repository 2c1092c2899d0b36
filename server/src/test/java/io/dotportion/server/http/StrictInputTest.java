package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input with more than one meaning (or none) is a 400 on /v1 and on /api, never a lenient guess. */
@PlatformTest
class StrictInputTest {
    private static final String[] AMBIGUOUS = {
        "{\"name\":\"a\",\"slug\":\"b\"} x",
        "{\"name\":\"a\"}{\"slug\":\"b\"}",
        "{\"name\":\"a\",\"name\":\"b\"}",
        "{\"name\":\"a\",\"cors\":{\"enabled\":true,\"enabled\":false}}",
        "[1] 2"
    };

    private final ApiClient api;
    private final String token;
    private final String echo;

    StrictInputTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        String projectId = user.newProject("strict");
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("echo.json")));
        echo = "/api/" + api.username(token) + "/strict/echo";
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\":\"p\",\"slug\":\"dup1\"} x", "{\"name\":\"p\",\"slug\":\"dup2\"}{\"b\":2}",
                "{\"name\":\"p\",\"slug\":\"dup3\",\"slug\":\"dup4\"}", "{\"name\":\"p\",\"slug\":\"dup5\"}}",
                "{\"name\":\"p\",\"slug\":\"dup6\",\"rateLimit\":{\"max\":1,\"max\":2}}",
                        "{\"name\":\"\\ud800\",\"slug\":\"dup7\"}"
            })
    void an_ambiguous_management_body_is_a_400_and_creates_nothing(String body) {
        ApiResponse r = send("/v1/projects", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_JSON");
        assertThat(r.map().get("message").toString()).startsWith("malformed JSON");
        assertThat(api.get("/v1/projects", token).expect(200).text()).doesNotContain("dup");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7b226e616d65223a2270222c22736c7567223a22c0af227d",
                "7b226e616d65223a22eda080227d",
                "7b226e616d65223a22e282227d",
                "7b226e616d65223a22ff227d"
            })
    void invalid_utf8_in_a_management_body_is_a_400(String hex) {
        ApiResponse r = send("/v1/projects", "application/json", HexFormat.of().parseHex(hex));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_JSON");
        assertThat(r.map().get("message").toString()).contains("UTF-8");
    }

    @Test
    void a_signup_with_a_duplicate_key_is_refused_before_any_rule_runs() {
        ApiResponse r = api.post(
                "/v1/auth/signup",
                "{\"email\":\"x@example.com\",\"email\":\"y@example.com\","
                        + "\"username\":\"dupkey\",\"password\":\"Tr0ub4dor&3-x\"}",
                null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_JSON");
    }

    @Test
    void ambiguous_gateway_bodies_are_a_400() {
        for (String body : AMBIGUOUS) {
            ApiResponse r = send(echo, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.error()).isEqualTo("INVALID_REQUEST");
        }
        assertThat(send(echo, "application/json", "{\"name\":\"ok\"}".getBytes(StandardCharsets.UTF_8))
                        .expect(200)
                        .map())
                .containsEntry("hello", "ok");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7b226e616d65223a22c0af227d",
                "7b226e616d65223a22e080af227d",
                "7b226e616d65223a22eda080227d",
                "7b226e616d65223a22c3",
                "7b226e616d65223a2280227d",
                "7b226e616d65223a22f4908080227d"
            })
    void invalid_utf8_in_a_gateway_body_is_a_400_not_a_slash(String hex) {
        ApiResponse r = send(echo, "application/json", HexFormat.of().parseHex(hex));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
        assertThat(r.text()).doesNotContain("\"hello\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "name=%C0%AF",
                "name=%E0%80%AF",
                "name=%ED%A0%80",
                "name=%C3",
                "name=%ZZ",
                "na%FFme=x",
                "name=ok&other=%80"
            })
    void a_form_body_with_invalid_percent_encoded_utf8_is_a_400(String form) {
        ApiResponse r = send(echo, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.US_ASCII));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void a_well_encoded_form_body_is_read() {
        ApiResponse r =
                send(echo, "application/x-www-form-urlencoded", "name=%C3%A9+x".getBytes(StandardCharsets.US_ASCII));
        assertThat(r.expect(200).map()).containsEntry("hello", "\u00e9 x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"?q=%C0%AF", "?q=%ED%A0%80", "?q=%C3", "?%FF=1", "?a=1&b=%E2%82"})
    void a_query_string_with_invalid_percent_encoded_utf8_is_a_400(String query) {
        ApiResponse r = send(echo + query, "application/json", "{\"name\":\"q\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%C0%AF", "/%C0%AFecho", "/ec%FFho", "/%ED%A0%80"})
    void a_path_with_invalid_percent_encoded_utf8_is_a_400(String suffix) {
        String path = "/api/" + api.username(token) + "/strict" + suffix;
        ApiResponse r = send(path, "application/json", "{\"name\":\"p\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void a_body_over_every_limit_is_a_413_in_the_api_shape() {
        byte[] huge = ("{\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] {"/v1/projects", echo}) {
            ApiResponse r = send(path, "application/json", huge);
            assertThat(r.status()).as(path).isEqualTo(413);
            assertThat(r.error()).isEqualTo("PAYLOAD_TOO_LARGE");
        }
    }

    private ApiResponse send(String path, String contentType, byte[] body) {
        return api.raw("POST", path, contentType, body, Map.of("Authorization", "Bearer " + token));
    }
}
