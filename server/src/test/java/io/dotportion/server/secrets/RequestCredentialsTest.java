package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.value.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestCredentialsTest {

    private static Redactor of(Map<String, String> headers) {
        return RequestCredentials.of(new RequestData("GET", "/", null, null, null, headers, null, "127.0.0.1"));
    }

    @Test
    void every_credential_header_is_masked_whole_and_in_parts() {
        Redactor masks = of(Map.of(
                "authorization",
                "Bearer abc.def.ghi-token",
                "proxy-authorization",
                "Basic dXNlcjpwYXNz",
                "cookie",
                "theme=dark; session=s3ss10n-value",
                "x-api-key",
                "api-key-123456",
                "accept",
                "text/plain"));
        String text = Json.write(Map.of(
                "a",
                "Bearer abc.def.ghi-token",
                "b",
                "abc.def.ghi-token",
                "c",
                "dXNlcjpwYXNz",
                "d",
                "s3ss10n-value",
                "e",
                "api-key-123456",
                "f",
                "text/plain"));
        String masked = masks.redact(text);
        assertThat(masked)
                .contains(
                        "[redacted:authorization]",
                        "[redacted:proxy-authorization]",
                        "[redacted:cookie]",
                        "[redacted:x-api-key]",
                        "text/plain")
                .doesNotContain("abc.def.ghi-token", "dXNlcjpwYXNz", "s3ss10n-value", "api-key-123456");
    }

    @Test
    void json_escaped_values_are_masked_too() {
        Redactor masks = of(Map.of("x-api-key", "key\"with/quote\\and-more"));
        String once = Json.write("key\"with/quote\\and-more");
        String twice = Json.write(once);
        assertThat(masks.redact(once)).isEqualTo("\"[redacted:x-api-key]\"");
        assertThat(masks.redact(twice)).doesNotContain("with/quote");
    }

    @Test
    void a_request_without_credentials_changes_nothing() {
        assertThat(of(Map.of("accept", "application/json"))).isSameAs(Redactor.NONE);
    }
}
