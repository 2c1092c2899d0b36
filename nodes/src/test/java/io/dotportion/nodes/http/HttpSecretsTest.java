package io.dotportion.nodes.http;

import static io.dotportion.nodes.http.HttpCalls.output;
import static io.dotportion.nodes.http.HttpCalls.secret;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.core.value.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpSecretsTest {
    private static final String CANARY = "canary-7f3a9c1e5b2d4a6f8e0c";

    private final LocalHttpServer server = new LocalHttpServer().on("/echo", LocalHttpServer.json("{\"ok\":true}"));
    private final HttpCalls calls = HttpCalls.allowingLoopback();

    @AfterEach
    void close() {
        calls.close();
        server.close();
    }

    private Map<String, Object> call(String extra, FakeNodeContext ctx) {
        return output(calls.run("{\"url\":\"" + server.url("/echo") + "\"" + extra + "}", ctx));
    }

    @Test
    void a_bearer_secret_is_sent_as_an_authorization_bearer_header_and_shown_masked() {
        var ctx = FakeNodeContext.create().withSecret(secret("api", "bearer", CANARY, Map.of()));
        Map<String, Object> out = call(",\"secret\":\"api\"", ctx);
        assertThat(server.last().header("authorization")).isEqualTo("Bearer " + CANARY);
        assertThat(out.get("status")).isEqualTo(200);
        assertThat(Json.write(out)).doesNotContain(CANARY).contains("\"Authorization\":\"[redacted:secret]\"");
    }

    @Test
    void a_basic_secret_is_sent_as_base64_of_user_and_password() {
        String value = "ada:" + CANARY;
        var ctx = FakeNodeContext.create().withSecret(secret("login", "basic", value, Map.of()));
        Map<String, Object> out = call(",\"secret\":\"login\"", ctx);
        String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        assertThat(server.last().header("authorization")).isEqualTo("Basic " + encoded);
        assertThat(Json.write(out)).doesNotContain(CANARY).doesNotContain(encoded);
    }

    @Test
    void an_api_key_for_a_header_goes_in_the_header_its_metadata_names() {
        var ctx = FakeNodeContext.create()
                .withSecret(secret("key", "apiKey", CANARY, Map.of("in", "header", "name", "X-Api-Key")));
        Map<String, Object> out = call(",\"secret\":\"key\"", ctx);
        assertThat(server.last().header("x-api-key")).isEqualTo(CANARY);
        assertThat(server.last().header("authorization")).isNull();
        assertThat(Json.write(out)).doesNotContain(CANARY).contains("\"X-Api-Key\":\"[redacted:secret]\"");
    }

    @Test
    void an_api_key_for_the_query_goes_in_the_query_parameter_its_metadata_names() {
        var ctx = FakeNodeContext.create()
                .withSecret(secret("key", "apiKey", CANARY + "+/=", Map.of("in", "query", "name", "api_key")));
        Map<String, Object> out = output(calls.run(
                "{\"url\":\"" + server.url("/echo?a=1") + "\",\"query\":{\"b\":\"two words\"},\"secret\":\"key\"}",
                ctx));
        assertThat(server.last().query()).isEqualTo("a=1&b=two%20words&api_key=" + CANARY + "%2B%2F%3D");
        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) out.get("request");
        assertThat(request.get("url")).isEqualTo(server.url("/echo?a=1&b=two%20words&api_key=[redacted:secret]"));
        assertThat(Json.write(out)).doesNotContain(CANARY);
    }

    @Test
    void the_secret_header_replaces_an_authorization_header_the_node_sets() {
        var ctx = FakeNodeContext.create().withSecret(secret("api", "bearer", CANARY, Map.of()));
        call(",\"headers\":{\"authorization\":\"Bearer other\"},\"secret\":\"api\"", ctx);
        assertThat(server.last().headers().get("authorization")).containsExactly("Bearer " + CANARY);
    }

    @Test
    void credential_headers_the_node_sets_are_masked_in_its_output_too() {
        Map<String, Object> out =
                call(",\"headers\":{\"Cookie\":\"session=" + CANARY + "\"}", FakeNodeContext.create());
        assertThat(server.last().header("cookie")).isEqualTo("session=" + CANARY);
        assertThat(Json.write(out)).doesNotContain(CANARY).contains("[redacted:cookie]");
    }

    @Test
    void a_secret_of_another_type_fails_the_node_without_its_value() {
        var ctx = FakeNodeContext.create().withSecret(secret("db", "jwt", CANARY, Map.of()));
        var fail = HttpCalls.failure(calls.run("{\"url\":\"" + server.url("/echo") + "\",\"secret\":\"db\"}", ctx));
        assertThat(fail.error().message())
                .contains("secret 'db' is not defined as an apiKey, bearer or basic secret")
                .doesNotContain(CANARY);
        assertThat(server.seen()).isEmpty();
    }
}
