package io.dotportion.core.mask;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.MaskingSetting;
import io.dotportion.core.node.MaskReason;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.node.SensitiveField;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestMaskingTest {
    private static final RequestData EMPTY = request(null, Map.of(), Map.of());

    private static RequestData request(Object body, Map<String, String> query, Map<String, String> headers) {
        Map<String, List<String>> all = new java.util.LinkedHashMap<>();
        query.forEach((k, v) -> all.put(k, List.of(v)));
        return new RequestData("POST", "/x", Map.of(), query, all, headers, body, "127.0.0.1");
    }

    private static String masked(RequestMasking masking, RequestData request, Object trace) {
        return masking.redactor(request).redact(Json.write(trace));
    }

    @Test
    void body_fields_named_like_credentials_are_masked_at_any_depth_and_in_arrays_of_objects() {
        Map<String, Object> body = Map.of(
                "email", "ada@example.com",
                "Password", "hunter2-top",
                "profile", Map.of("user_password", "deep-secret-1", "nick", "ada"),
                "keys", List.of(Map.of("apiKey", "key-in-array-1"), Map.of("API_KEY", "key-in-array-2")),
                "auth", Map.of("refresh_token", "rt-abc", "tokenType", "bearer"));
        String out = masked(RequestMasking.DEFAULT, request(body, Map.of(), Map.of()), Map.of("body", body));

        assertThat(out)
                .doesNotContain("hunter2-top", "deep-secret-1", "key-in-array-1", "key-in-array-2", "rt-abc")
                .contains("ada@example.com", "\"nick\":\"ada\"", "\"tokenType\":\"bearer\"")
                .contains("\"Password\":\"[masked:name]\"", "\"user_password\":\"[masked:name]\"");
        assertThat(Json.parse(out)).isInstanceOf(Map.class);
    }

    @Test
    void query_and_header_credentials_are_masked_and_other_values_kept() {
        RequestData request = request(
                null,
                Map.of("token", "query-token-1", "page", "2"),
                Map.of("x-api-key", "hdr-key-1", "x-auth-token", "hdr-token-1", "accept", "application/json"));
        String out = masked(RequestMasking.DEFAULT, request, request.toValue());

        assertThat(out)
                .doesNotContain("query-token-1", "hdr-key-1", "hdr-token-1")
                .contains("\"page\":\"2\"", "application/json", "[masked:name]");
    }

    @Test
    void a_value_is_masked_wherever_it_reappears_as_a_whole_token_even_inside_embedded_json() {
        Map<String, Object> body = Map.of("password", "hunter2-top");
        Map<String, Object> trace = Map.of(
                "copy", "hunter2-top",
                "message", "login with hunter2-top failed",
                "embedded", Json.write(Map.of("p", "hunter2-top")),
                "longer", "hunter2-topless");
        String out = masked(RequestMasking.DEFAULT, request(body, Map.of(), Map.of()), trace);

        assertThat(out)
                .contains("\"copy\":\"[masked:name]\"", "login with [masked:name] failed", "hunter2-topless")
                .doesNotContain("hunter2-top\"", "hunter2-top ");
        assertThat(Json.parse(out)).isInstanceOf(Map.class);
    }

    @Test
    void short_and_numeric_values_are_masked_where_they_stand_without_breaking_json() {
        Map<String, Object> body = Map.of("pin", 4321, "pwd", "ab", "otp", "0042");
        Map<String, Object> trace = Map.of(
                "request", Map.of("body", body),
                "coerced", Map.of("otp", 42, "pin", 4321),
                "word", "about ab and ab",
                "embedded", Json.write(Map.of("x", "ab")));
        String out = masked(RequestMasking.DEFAULT, request(body, Map.of(), Map.of()), trace);

        Object parsed = Json.parse(out);
        assertThat(parsed).isInstanceOf(Map.class);
        assertThat(out)
                .doesNotContain("4321", "0042", "\"ab\"", "\\\"ab\\\"", ":42")
                .contains("about ab and ab", "\"pin\":\"[masked:name]\"");
    }

    @Test
    void declared_fields_say_their_rule_and_win_over_names() {
        RequestMasking masking = new RequestMasking(
                MaskingSetting.DEFAULT,
                List.of(
                        new SensitiveField("body", "answer", MaskReason.SENSITIVE),
                        new SensitiveField("body", "password", MaskReason.PASSWORD_TYPE),
                        new SensitiveField("headers", "x-code", MaskReason.SENSITIVE),
                        new SensitiveField("query", "q", MaskReason.PASSWORD_TYPE)));
        Map<String, Object> body = Map.of("answer", "blue-sky-42", "password", "pw-declared", "secret", "named-1");
        RequestData request = request(body, Map.of("q", "query-pw-1"), Map.of("x-code", "code-from-header"));
        String out = masked(masking, request, request.toValue());

        assertThat(out)
                .contains("\"answer\":\"[masked:sensitive]\"", "\"password\":\"[masked:password-type]\"")
                .contains("\"secret\":\"[masked:name]\"", "\"x-code\":\"[masked:sensitive]\"")
                .contains("\"q\":\"[masked:password-type]\"")
                .doesNotContain("blue-sky-42", "pw-declared", "named-1", "code-from-header", "query-pw-1");
    }

    @Test
    void the_setting_turns_names_off_adds_names_and_excepts_names_but_declared_fields_stay_masked() {
        Map<String, Object> body =
                Map.of("password", "visible-pw", "ssn", "123-45-6789", "user_ssn", "987-65-4321", "token", "plain-tok");
        RequestData request = request(body, Map.of(), Map.of());
        List<SensitiveField> declared = List.of(new SensitiveField("body", "answer", MaskReason.SENSITIVE));
        RequestData withAnswer =
                request(Map.of("password", "visible-pw", "answer", "still-hidden"), Map.of(), Map.of());

        String off = masked(
                new RequestMasking(new MaskingSetting(false, List.of(), List.of()), declared),
                withAnswer,
                withAnswer.toValue());
        assertThat(off).contains("visible-pw").doesNotContain("still-hidden").contains("[masked:sensitive]");

        String extra = masked(
                new RequestMasking(new MaskingSetting(true, List.of("SSN"), List.of("token")), List.of()),
                request,
                body);
        assertThat(extra)
                .doesNotContain("visible-pw", "123-45-6789", "987-65-4321")
                .contains("plain-tok");

        String onlyExtra = masked(
                new RequestMasking(new MaskingSetting(false, List.of("ssn"), List.of()), List.of()), request, body);
        assertThat(onlyExtra).contains("visible-pw", "plain-tok").doesNotContain("123-45-6789");
    }

    @Test
    void a_request_without_sensitive_values_needs_no_mask_and_plain_text_is_masked_by_whole_tokens() {
        assertThat(RequestMasking.DEFAULT.redactor(EMPTY)).isSameAs(Redactor.NONE);
        assertThat(RequestMasking.DEFAULT.redactor(request(Map.of("password", "", "pin", true), Map.of(), Map.of())))
                .isSameAs(Redactor.NONE);

        Redactor mask = RequestMasking.DEFAULT.redactor(request(Map.of("secret", "s3cr3t-value"), Map.of(), Map.of()));
        assertThat(mask.redact("node failed: s3cr3t-value is wrong")).isEqualTo("node failed: [masked:name] is wrong");
        assertThat(mask.redact(Json.write("with \"quotes\" s3cr3t-value")))
                .isEqualTo(Json.write("with \"quotes\" [masked:name]"));
    }

    @Test
    void values_with_characters_json_escapes_are_masked_in_their_escaped_forms() {
        String value = "p\"w/\\é-long";
        Map<String, Object> body = Map.of("password", value);
        String out = masked(
                RequestMasking.DEFAULT,
                request(body, Map.of(), Map.of()),
                Map.of("a", value, "b", Json.write(Map.of("c", value))));

        assertThat(Json.parse(out)).isEqualTo(Map.of("a", "[masked:name]", "b", "{\"c\":\"[masked:name]\"}"));
    }

    @Test
    void a_body_that_is_an_array_of_objects_is_walked_and_keys_equal_to_a_short_value_stay_keys() {
        List<Object> body = List.of(Map.of("pwd", "id"), Map.of("name", "ada", "secret", List.of("s-one", 7788)));
        Map<String, Object> trace = Map.of("body", body, "copy", Map.of("id", "id", "n", 7788));
        String out = masked(RequestMasking.DEFAULT, request(body, Map.of(), Map.of()), trace);

        assertThat(Json.parse(out))
                .isEqualTo(Map.of(
                        "body",
                        List.of(
                                Map.of("pwd", "[masked:name]"),
                                Map.of("name", "ada", "secret", List.of("[masked:name]", "[masked:name]"))),
                        "copy",
                        Map.of("id", "[masked:name]", "n", "[masked:name]")));
    }
}
