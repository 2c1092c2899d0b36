package io.dotportion.nodes.jwt;

import static io.dotportion.nodes.jwt.JwtFixtures.CLOCK;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V1;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V2;
import static io.dotportion.nodes.jwt.JwtFixtures.NOW;
import static io.dotportion.nodes.jwt.JwtFixtures.compile;
import static io.dotportion.nodes.jwt.JwtFixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtGenerateNodeTest {
    private final JwtGenerateNode node = new JwtGenerateNode(JwtLimits.defaults(), CLOCK);

    private NodeOutcome run(String data, FakeNodeContext context) {
        return compile(node, data).execute(context);
    }

    private String token(String data, FakeNodeContext context) {
        NodeOutcome outcome = run(data, context);
        assertThat(outcome).isInstanceOf(NodeOutcome.Next.class);
        Object output = ((NodeOutcome.Next) outcome).output();
        assertThat(output).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) output;
        assertThat(map.keySet()).isEqualTo(java.util.Set.of("token"));
        return (String) map.get("token");
    }

    private static Algorithm hmac(String alg, String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return switch (alg) {
            case "HS384" -> Algorithm.HMAC384(bytes);
            case "HS512" -> Algorithm.HMAC512(bytes);
            default -> Algorithm.HMAC256(bytes);
        };
    }

    @Test
    void jwt_generate_has_a_stable_id_and_an_error_port() {
        assertThat(node.id()).isEqualTo("jwtGenerate");
        assertThat(node.ports()).isEqualTo(Ports.SINGLE_OR_ERROR);
    }

    @Test
    void jwt_generate_token_verifies_with_an_independent_library() {
        String token = token(
                """
                {"secret": "auth", "payload": {"sub": "{{find.result._id}}", "email": "{{find.result.email}}"},
                 "expiresIn": "1h"}""",
                FakeNodeContext.create()
                        .withSecret(secret(3, KEY_V1))
                        .withStep("find", Map.of("_id", "64b7f0c2a1b2c3d4e5f60718", "email", "a@b.io")));

        DecodedJWT jwt = JWT.require(hmac("HS256", KEY_V1)).build().verify(token);

        assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
        assertThat(jwt.getType()).isEqualTo("JWT");
        assertThat(jwt.getKeyId()).isEqualTo("3");
        assertThat(jwt.getSubject()).isEqualTo("64b7f0c2a1b2c3d4e5f60718");
        assertThat(jwt.getClaim("email").asString()).isEqualTo("a@b.io");
        assertThat(jwt.getIssuedAtAsInstant()).isEqualTo(NOW);
        assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(token).doesNotStartWith("Bearer");
    }

    @Test
    void jwt_generate_token_does_not_verify_with_another_key() {
        String token = token("{\"secret\": \"auth\"}", FakeNodeContext.create().withSecret(secret(1, KEY_V1)));

        assertThatThrownBy(() -> JWT.require(hmac("HS256", KEY_V2)).build().verify(token))
                .isInstanceOf(SignatureVerificationException.class);
    }

    @Test
    void jwt_generate_signs_with_each_configured_algorithm() {
        for (String alg : List.of("HS256", "HS384", "HS512")) {
            String token = token(
                    "{\"secret\": \"auth\", \"algorithm\": \"" + alg + "\"}",
                    FakeNodeContext.create().withSecret(secret(1, KEY_V1)));

            assertThat(JWT.require(hmac(alg, KEY_V1)).build().verify(token).getAlgorithm())
                    .isEqualTo(alg);
        }
    }

    @Test
    void jwt_generate_payload_values_keep_their_json_types() {
        String token = token(
                """
                {"secret": "auth", "payload": {"uid": "{{request.body.id}}", "admin": true, "score": 2.5,
                 "roles": ["a", "{{request.body.role}}"], "org": {"id": "{{request.body.id}}"}, "note": null}}""", FakeNodeContext.create().withSecret(secret(1, KEY_V1)).withBody(Map.of("id", 42, "role", "b")));

        DecodedJWT jwt = JWT.require(hmac("HS256", KEY_V1)).build().verify(token);

        assertThat(jwt.getClaim("uid").asInt()).isEqualTo(42);
        assertThat(jwt.getClaim("uid").asString()).isNull();
        assertThat(jwt.getClaim("admin").asBoolean()).isTrue();
        assertThat(jwt.getClaim("score").asDouble()).isEqualTo(2.5);
        assertThat(jwt.getClaim("roles").asList(String.class)).containsExactly("a", "b");
        assertThat(jwt.getClaim("org").asMap()).isEqualTo(Map.of("id", 42));
        assertThat(jwt.getClaim("note").isNull()).isTrue();
    }

    @Test
    void jwt_generate_lifetime_defaults_to_one_hour_and_follows_expires_in() {
        FakeNodeContext context = FakeNodeContext.create().withSecret(secret(1, KEY_V1));

        assertThat(JWT.decode(token("{\"secret\": \"auth\"}", context)).getExpiresAtAsInstant())
                .isEqualTo(NOW.plusSeconds(3600));
        assertThat(JWT.decode(token("{\"secret\": \"auth\", \"expiresIn\": \"30s\"}", context))
                        .getExpiresAtAsInstant())
                .isEqualTo(NOW.plusSeconds(30));
        assertThat(JWT.decode(token("{\"secret\": \"auth\", \"expiresIn\": \"10m\"}", context))
                        .getExpiresAtAsInstant())
                .isEqualTo(NOW.plusSeconds(600));
        assertThat(JWT.decode(token("{\"secret\": \"auth\", \"expiresIn\": \"7d\"}", context))
                        .getExpiresAtAsInstant())
                .isEqualTo(NOW.plusSeconds(7 * 86400));
        assertThat(JWT.decode(token("{\"secret\": \"auth\", \"expiresIn\": 90}", context))
                        .getExpiresAtAsInstant())
                .isEqualTo(NOW.plusSeconds(90));
    }

    @Test
    void jwt_generate_sets_issuer_and_audience_when_configured() {
        String token = token(
                "{\"secret\": \"auth\", \"issuer\": \"dotportion\", \"audience\": \"mobile\"}",
                FakeNodeContext.create().withSecret(secret(1, KEY_V1)));

        DecodedJWT jwt = JWT.require(hmac("HS256", KEY_V1))
                .withIssuer("dotportion")
                .withAudience("mobile")
                .build()
                .verify(token);
        assertThat(jwt.getIssuer()).isEqualTo("dotportion");
    }

    @Test
    void jwt_generate_uses_the_current_secret_version_as_kid() {
        FakeNodeContext context =
                FakeNodeContext.create().withPreviousSecret(secret(1, KEY_V1)).withSecret(secret(2, KEY_V2));

        String token = token("{\"secret\": \"auth\"}", context);

        assertThat(JWT.require(hmac("HS256", KEY_V2)).build().verify(token).getKeyId())
                .isEqualTo("2");
    }

    @Test
    void jwt_generate_with_a_key_too_short_for_the_algorithm_fails_without_the_key() {
        String shortKey = "canary-short-key-0123456789abcdef0123456789";
        NodeOutcome outcome = run(
                "{\"secret\": \"auth\", \"algorithm\": \"HS512\"}",
                FakeNodeContext.create().withSecret(secret(4, shortKey)));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message())
                    .isEqualTo("secret 'auth' (version 4) is too short for HS512: it needs at least 64 bytes");
            assertThat(fail.toString()).doesNotContain(shortKey);
        });
    }

    @Test
    void jwt_generate_with_a_missing_secret_fails() {
        NodeOutcome outcome = run("{\"secret\": \"auth\"}", FakeNodeContext.create());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NodeOutcome.Fail.class,
                        fail -> assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED));
    }
}
