package io.dotportion.nodes.jwt;

import static io.dotportion.nodes.jwt.JwtFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtValidationTest {
    private final JwtGenerateNode generate = new JwtGenerateNode();
    private final JwtVerifyNode verify = new JwtVerifyNode();

    @Test
    void example_configs_are_valid() {
        assertThat(validate(generate, """
                {"secret": "auth", "payload": {"sub": "{{find.result._id}}", "email": "{{find.result.email}}"},
                 "expiresIn": "1h"}""")).isEmpty();
        assertThat(validate(verify, "{\"secret\": \"auth\"}")).isEmpty();
        assertThat(validate(verify, """
                {"secret": "auth", "token": "{{request.query.t}}", "issuer": "me", "audience": "web",
                 "leeway": 0, "algorithm": "HS512"}""")).isEmpty();
    }

    @Test
    void missing_or_malformed_secret_name_is_an_error_at_secret() {
        for (var node : List.of(generate, verify)) {
            assertThat(validate(node, "{}"))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("secret", ViolationCode.INVALID_CONFIG));
            assertThat(validate(node, "{\"secret\": \"My Secret\"}"))
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("secret", ViolationCode.INVALID_CONFIG));
            assertThat(validate(node, "{\"secret\": \"" + "a".repeat(65) + "\"}"))
                    .extracting(Violation::path)
                    .containsExactly("secret");
        }
    }

    @Test
    void unknown_secret_is_a_warning() {
        for (var node : List.of(generate, verify)) {
            assertThat(validate(node, "{\"secret\": \"other\"}"))
                    .extracting(Violation::path, Violation::code, Violation::severity)
                    .containsExactly(tuple("secret", ViolationCode.UNKNOWN_SECRET, Violation.Severity.WARNING));
        }
    }

    @Test
    void unknown_algorithm_is_an_error_at_algorithm() {
        for (var node : List.of(generate, verify)) {
            for (String alg : List.of("none", "RS256", "hs256", "")) {
                assertThat(validate(node, "{\"secret\": \"auth\", \"algorithm\": \"" + alg + "\"}"))
                        .extracting(Violation::path, Violation::code)
                        .containsExactly(tuple("algorithm", ViolationCode.INVALID_CONFIG));
            }
        }
    }

    @Test
    void bad_expires_in_is_an_error_at_expires_in() {
        for (String value : List.of(
                "\"1 hour\"", "\"1w\"", "\"-5m\"", "\"0s\"", "\"h\"", "0", "-30", "1.5", "true", "\"366d\"", "{}")) {
            assertThat(validate(generate, "{\"secret\": \"auth\", \"expiresIn\": " + value + "}"))
                    .as(value)
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("expiresIn", ViolationCode.INVALID_CONFIG));
        }
        assertThat(validate(generate, "{\"secret\": \"auth\", \"expiresIn\": \"365d\"}"))
                .isEmpty();
    }

    @Test
    void payload_must_be_an_object_without_time_claims() {
        assertThat(validate(generate, "{\"secret\": \"auth\", \"payload\": [1]}"))
                .extracting(Violation::path)
                .containsExactly("payload");
        assertThat(validate(generate, "{\"secret\": \"auth\", \"payload\": \"{{input}}\"}"))
                .extracting(Violation::path)
                .containsExactly("payload");
        assertThat(validate(generate, "{\"secret\": \"auth\", \"payload\": {\"exp\": 1, \"iat\": 2, \"nbf\": 3}}"))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("payload.exp", "payload.iat", "payload.nbf");
    }

    @Test
    void payload_may_carry_iss_and_aud_only_when_they_are_not_configured() {
        assertThat(validate(generate, "{\"secret\": \"auth\", \"payload\": {\"iss\": \"a\", \"aud\": [\"b\", \"c\"]}}"))
                .isEmpty();
        assertThat(validate(generate, """
                {"secret": "auth", "issuer": "x", "audience": "y", "payload": {"iss": "a", "aud": "b"}}"""))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("payload.iss", "payload.aud");
    }

    @Test
    void payload_template_problems_are_reported_with_their_paths() {
        assertThat(validate(
                        generate,
                        "{\"secret\": \"auth\", \"payload\": {\"a\": \"{{ghost.result}}\", \"b\": \"{{input.\"}}"))
                .extracting(Violation::path, Violation::code)
                .containsExactlyInAnyOrder(
                        tuple("payload", ViolationCode.UNKNOWN_REFERENCE),
                        tuple("payload.b", ViolationCode.BAD_TEMPLATE));
    }

    @Test
    void leeway_must_be_whole_seconds_from_0_to_3600() {
        for (String value : List.of("-1", "3601", "1.5")) {
            assertThat(validate(verify, "{\"secret\": \"auth\", \"leeway\": " + value + "}"))
                    .as(value)
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("leeway", ViolationCode.INVALID_CONFIG));
        }
        assertThat(validate(verify, "{\"secret\": \"auth\", \"leeway\": 3600}")).isEmpty();
    }

    @Test
    void blank_issuer_or_audience_and_bad_token_template_are_errors() {
        assertThat(validate(
                        verify, "{\"secret\": \"auth\", \"issuer\": \" \", \"audience\": \"\", \"token\": \"{{x.\"}"))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("issuer", "audience", "token");
        assertThat(validate(generate, "{\"secret\": \"auth\", \"issuer\": \"\", \"audience\": \" \"}"))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("issuer", "audience");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThat(validate(generate, "{\"expiresIn\": \"soon\", \"algorithm\": \"HS1\", \"payload\": {\"exp\": 1}}"))
                .extracting(Violation::path)
                .containsExactlyInAnyOrder("secret", "expiresIn", "algorithm", "payload.exp");
    }
}
