package io.dotportion.nodes.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpValidationTest {
    private final HttpNode node = new HttpNode(null);

    private List<Violation> validate(String data) {
        return NodeFixtures.validate(node, data);
    }

    private List<String> paths(String data) {
        return validate(data).stream().map(Violation::path).toList();
    }

    @Test
    void a_plain_https_call_is_valid() {
        assertThat(validate("{\"url\":\"https://api.example.com/v1/items?x=1\"}"))
                .isEmpty();
        assertThat(validate("{\"method\":\"POST\",\"url\":\"https://api.example.com/{{request.params.id}}\","
                        + "\"headers\":{\"X-Id\":\"{{request.query.id}}\"},\"body\":{\"a\":\"{{input.a}}\"},"
                        + "\"timeoutMs\":2000}"))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "file:///etc/passwd",
                "ftp://example.com/x",
                "gopher://example.com/",
                "jar:file:/x!/y",
                "//example.com/x",
                "example.com",
                "http:///nohost",
                "https://user:pw@example.com/"
            })
    void a_url_that_is_not_http_or_https_with_a_host_is_refused(String url) {
        List<Violation> violations = validate("{\"url\":\"" + url + "\"}");
        assertThat(violations).extracting(Violation::path).containsExactly("url");
        assertThat(violations.getFirst().message()).doesNotContain("passwd").doesNotContain("pw@");
    }

    @Test
    void a_template_url_whose_constant_scheme_is_not_http_is_refused_and_a_fully_templated_one_is_checked_at_run() {
        assertThat(paths("{\"url\":\"ftp://{{request.query.host}}/x\"}")).containsExactly("url");
        assertThat(paths("{\"url\":\"file:{{request.query.path}}\"}")).containsExactly("url");
        assertThat(validate("{\"url\":\"{{request.query.target}}\"}")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Host",
                "connection",
                "Keep-Alive",
                "Transfer-Encoding",
                "TE",
                "Upgrade",
                "Content-Length",
                "Expect",
                "Proxy-Connection",
                "Trailer"
            })
    void hop_by_hop_and_host_headers_are_refused(String header) {
        assertThat(paths("{\"url\":\"https://a.example\",\"headers\":{\"" + header + "\":\"x\"}}"))
                .containsExactly("headers." + header);
    }

    @Test
    void header_names_and_constant_values_must_be_valid() {
        assertThat(paths("{\"url\":\"https://a.example\",\"headers\":{\"bad name\":\"x\",\"X-A\":\"line\\nbreak\"}}"))
                .containsExactlyInAnyOrder("headers.bad name", "headers.X-A");
    }

    @Test
    void method_body_type_and_timeout_are_checked() {
        assertThat(paths("{\"url\":\"https://a.example\",\"method\":\"TRACE\",\"bodyType\":\"xml\",\"timeoutMs\":0}"))
                .containsExactlyInAnyOrder("method", "bodyType", "timeoutMs");
        assertThat(paths("{\"url\":\"https://a.example\",\"timeoutMs\":300001}"))
                .containsExactly("timeoutMs");
        assertThat(paths("{\"url\":\"https://a.example\",\"bodyType\":\"form\",\"body\":\"text\"}"))
                .containsExactly("body");
    }

    @Test
    void a_missing_url_and_a_bad_secret_name_are_errors_and_an_unknown_secret_a_warning() {
        assertThat(paths("{}")).containsExactly("url");
        assertThat(paths("{\"url\":\"https://a.example\",\"secret\":\"Bad Name\"}"))
                .containsExactly("secret");
        List<Violation> unknown = validate("{\"url\":\"https://a.example\",\"secret\":\"stripe\"}");
        assertThat(unknown).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_SECRET);
            assertThat(v.isError()).isFalse();
        });
    }

    @Test
    void the_descriptor_offers_the_three_credential_types_for_the_secret_field() {
        assertThat(node.descriptor().secretFields())
                .extracting(f -> f.field() + ":" + f.secretType())
                .containsExactly("secret:apiKey", "secret:bearer", "secret:basic");
        assertThat(node.descriptor().configSchema().get("required")).isEqualTo(List.of("url"));
    }
}
