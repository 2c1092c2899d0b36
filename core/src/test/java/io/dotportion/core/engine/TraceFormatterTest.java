package io.dotportion.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraceFormatterTest {
    private static final Redactor MASK_CANARY = text -> text.replace("canary-value", "***");

    @Test
    void an_entry_becomes_a_plain_map_with_status_port_and_duration() {
        TraceEntry entry = new TraceEntry("calc", "logic", Map.of("a", 1), List.of("x"), "default", null, 1_500_000, 2);

        Map<String, Object> formatted = new TraceFormatter(Limits.defaults()).format(entry, Redactor.NONE);

        assertThat(formatted)
                .containsEntry("nodeId", "calc")
                .containsEntry("type", "logic")
                .containsEntry("status", "ok")
                .containsEntry("port", "default")
                .containsEntry("durationMs", 1.5)
                .containsEntry("loopIndex", 2)
                .containsEntry("input", Map.of("a", 1))
                .containsEntry("output", List.of("x"));
        assertThat(formatted.get("error")).isNull();
    }

    @Test
    void a_failed_entry_has_status_error_and_its_code_and_message() {
        TraceEntry entry = new TraceEntry(
                "v",
                "jwtVerify",
                null,
                null,
                null,
                NodeError.of(ErrorCode.UNAUTHORIZED, "bad token canary-value"),
                10,
                null);

        Map<String, Object> formatted = new TraceFormatter(Limits.defaults()).format(entry, MASK_CANARY);

        assertThat(formatted)
                .containsEntry("status", "error")
                .containsEntry("error", Map.of("code", "UNAUTHORIZED", "message", "bad token ***"));
    }

    @Test
    void inputs_and_outputs_pass_through_the_redactor() {
        TraceEntry entry = new TraceEntry(
                "db",
                "mongodb",
                Map.of("url", "mongodb://u:canary-value@h"),
                List.of("canary-value"),
                "default",
                null,
                10,
                null);

        List<Map<String, Object>> formatted = new TraceFormatter(Limits.defaults()).format(List.of(entry), MASK_CANARY);

        assertThat(Json.write(formatted)).doesNotContain("canary-value");
        assertThat(formatted.get(0).get("input")).isEqualTo(Map.of("url", "mongodb://u:***@h"));
    }

    @Test
    void a_value_over_the_byte_cap_is_replaced_by_a_truncated_preview() {
        String big = "x".repeat(500);
        TraceEntry entry = new TraceEntry("calc", "logic", "small", Map.of("text", big), "default", null, 10, null);

        Map<String, Object> formatted = new TraceFormatter(100, 20).format(entry, Redactor.NONE);

        assertThat(formatted.get("input")).isEqualTo("small");
        assertThat(formatted.get("output"))
                .isEqualTo(Map.of("truncated", true, "bytes", 511, "preview", "{\"text\":\"" + "x".repeat(11)));
    }

    @Test
    void the_cap_counts_bytes_after_redaction() {
        Redactor shrink = text -> text.replace("y".repeat(200), "***");
        TraceEntry entry = new TraceEntry("calc", "logic", "y".repeat(200), null, "default", null, 10, null);

        assertThat(new TraceFormatter(100, 20).format(entry, shrink).get("input"))
                .isEqualTo("***");
    }

    @Test
    void rendered_entries_write_the_same_json_as_plain_ones() {
        String big = "é".repeat(300);
        List<TraceEntry> trace = List.of(
                new TraceEntry(
                        "db",
                        "mongodb",
                        Map.of("url", "mongodb://u:canary-value@h", "n", List.of(1, 2.5)),
                        Map.of("text", big),
                        "default",
                        null,
                        10,
                        null),
                new TraceEntry(
                        "v",
                        "jwtVerify",
                        null,
                        null,
                        null,
                        NodeError.of(ErrorCode.UNAUTHORIZED, "bad token canary-value"),
                        10,
                        1));
        TraceFormatter formatter = new TraceFormatter(100, 20);

        String rendered = Json.write(formatter.formatRendered(trace, MASK_CANARY));

        assertThat(rendered)
                .isEqualTo(Json.write(formatter.format(trace, MASK_CANARY)))
                .doesNotContain("canary-value");
        assertThat(Json.parse(rendered)).isEqualTo(formatter.format(trace, MASK_CANARY));
    }

    @Test
    void a_credential_a_node_produced_is_masked_wherever_it_appears_in_the_trace() {
        String token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZGEifQ.c2lnbmF0dXJl";
        List<TraceEntry> trace = List.of(
                new TraceEntry(
                        "sign",
                        "jwtGenerate",
                        Map.of("user", "ada"),
                        Map.of("token", token),
                        "default",
                        null,
                        10,
                        null,
                        Set.of("token")),
                new TraceEntry(
                        "shape",
                        "logic",
                        Map.of("token", token),
                        Map.of("auth", "Bearer " + token, "n", 1),
                        "default",
                        null,
                        10,
                        null),
                new TraceEntry(
                        "fail",
                        "logic",
                        null,
                        null,
                        null,
                        NodeError.of(ErrorCode.EXECUTION_FAILED, "bad " + token),
                        10,
                        null));
        TraceFormatter formatter = new TraceFormatter(Limits.defaults());

        List<Map<String, Object>> masked = formatter.format(trace, Redactor.NONE);

        assertThat(Json.write(masked)).doesNotContain(token).doesNotContain("c2lnbmF0dXJl");
        assertThat(masked.get(0).get("output")).isEqualTo(Map.of("token", "[redacted:sign.token]"));
        assertThat(masked.get(1).get("output")).isEqualTo(Map.of("auth", "Bearer [redacted:sign.token]", "n", 1));
        assertThat(masked.get(2).get("error"))
                .isEqualTo(Map.of("code", "EXECUTION_FAILED", "message", "bad [redacted:sign.token]"));
        assertThat(Json.write(formatter.formatRendered(trace, Redactor.NONE))).isEqualTo(Json.write(masked));
    }

    @Test
    void every_credential_of_a_node_run_in_a_loop_is_masked() {
        List<TraceEntry> trace = List.of(
                new TraceEntry(
                        "sign",
                        "jwtGenerate",
                        1,
                        Map.of("token", "first-token-1111"),
                        "default",
                        null,
                        10,
                        0,
                        Set.of("token")),
                new TraceEntry(
                        "sign",
                        "jwtGenerate",
                        2,
                        Map.of("token", "second-token-2222"),
                        "default",
                        null,
                        10,
                        1,
                        Set.of("token")),
                new TraceEntry(
                        "each",
                        "loop",
                        null,
                        List.of(Map.of("token", "first-token-1111"), Map.of("token", "second-token-2222")),
                        "false",
                        null,
                        10,
                        null));

        String out = Json.write(new TraceFormatter(Limits.defaults()).format(trace, Redactor.NONE));

        assertThat(out).doesNotContain("first-token-1111", "second-token-2222");
        assertThat(out.split("\\[redacted:sign\\.token]", -1)).hasSize(5);
    }

    @Test
    void credentials_are_shown_only_when_asked_for() {
        List<TraceEntry> trace = List.of(new TraceEntry(
                "sign",
                "jwtGenerate",
                null,
                Map.of("token", "tok-123456"),
                "default",
                null,
                10,
                null,
                Set.of("token")));

        List<Map<String, Object>> shown =
                new TraceFormatter(Limits.defaults()).format(trace, MASK_CANARY, TraceFormatter.Credentials.SHOWN);

        assertThat(shown.get(0).get("output")).isEqualTo(Map.of("token", "tok-123456"));
    }

    @Test
    void fields_a_node_does_not_declare_and_nodes_without_credentials_are_left_alone() {
        List<TraceEntry> trace = List.of(
                new TraceEntry(
                        "sign",
                        "jwtGenerate",
                        null,
                        Map.of("token", "tok-123456", "note", "plain-text"),
                        "default",
                        null,
                        10,
                        null,
                        Set.of("token", "absent")),
                new TraceEntry("calc", "logic", null, Map.of("token", "other-value"), "default", null, 10, null));

        String out = Json.write(new TraceFormatter(Limits.defaults()).format(trace, Redactor.NONE));

        assertThat(out)
                .contains("plain-text", "other-value", "[redacted:sign.token]")
                .doesNotContain("tok-123456");
    }

    @Test
    void a_value_a_node_marked_is_masked_in_every_entry_even_when_credentials_are_shown() {
        Map<String, Object> body = Map.of("email", "a@example.com", "password", "hunter2-long");
        List<TraceEntry> trace = List.of(
                new TraceEntry("start", "apiStart", null, Map.of("body", body), "default", null, 10, null),
                new TraceEntry(
                        "hash",
                        "password",
                        body,
                        Map.of("hash", "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"),
                        "default",
                        null,
                        10,
                        null,
                        Set.of("hash"),
                        List.of(new MarkedValue("password", "hunter2-long"))));
        TraceFormatter formatter = new TraceFormatter(Limits.defaults());

        String shown = Json.write(formatter.format(trace, Redactor.NONE, TraceFormatter.Credentials.SHOWN));
        String stored = Json.write(formatter.formatRendered(trace, Redactor.NONE));

        assertThat(shown).doesNotContain("hunter2-long").contains("[redacted:hash.password]", "$argon2id$");
        assertThat(shown.split("\\[redacted:hash\\.password]", -1)).hasSize(3);
        assertThat(stored)
                .doesNotContain("hunter2-long", "$argon2id$")
                .contains("[redacted:hash.password]", "[redacted:hash.hash]");
    }

    @Test
    void a_marked_value_inside_a_longer_word_is_left_alone_and_its_escaped_form_is_masked() {
        TraceEntry entry = new TraceEntry(
                "check",
                "password",
                Map.of("note", "pass-word pass", "longer", "passage", "quoted", "say p\"s\\s now"),
                null,
                "default",
                null,
                10,
                null,
                Set.of(),
                List.of(new MarkedValue("password", "pass"), new MarkedValue("hash", "p\"s\\s")));

        Map<String, Object> formatted = new TraceFormatter(Limits.defaults()).format(entry, Redactor.NONE);

        assertThat(formatted.get("input"))
                .isEqualTo(Map.of(
                        "note", "[redacted:check.password]-word [redacted:check.password]",
                        "longer", "passage",
                        "quoted", "say [redacted:check.hash] now"));
        assertThat(new MarkedValue("password", "secret-value").toString()).doesNotContain("secret-value");
    }

    @Test
    void a_credential_is_masked_before_the_cap_measures_the_value() {
        String token = "t".repeat(300);
        TraceEntry entry = new TraceEntry(
                "sign", "jwtGenerate", null, Map.of("token", token), "default", null, 10, null, Set.of("token"));

        assertThat(new TraceFormatter(100, 20).format(entry, Redactor.NONE).get("output"))
                .isEqualTo(Map.of("token", "[redacted:sign.token]"));
    }

    @Test
    void utf8_length_counts_like_get_bytes() {
        for (String s :
                List.of("", "ascii", "é", "€uro", "\uD83D\uDE00 smile", "lone \uD83D high", "lone \uDE00 low")) {
            assertThat(TraceFormatter.utf8Length(s))
                    .as(s)
                    .isEqualTo(s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }
}
