package io.dotportion.nodes.jwt;

import static io.dotportion.nodes.jwt.JwtFixtures.CLOCK;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V1;
import static io.dotportion.nodes.jwt.JwtFixtures.NOW;
import static io.dotportion.nodes.jwt.JwtFixtures.OTHER_KEY;
import static io.dotportion.nodes.jwt.JwtFixtures.compile;
import static io.dotportion.nodes.jwt.JwtFixtures.hs256;
import static io.dotportion.nodes.jwt.JwtFixtures.secret;
import static io.dotportion.nodes.jwt.JwtFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.algorithms.Algorithm;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JwtVerifyNodeTest {
    private final JwtVerifyNode node = new JwtVerifyNode(JwtLimits.defaults(), CLOCK);
    private static final String DATA = "{\"secret\": \"auth\"}";

    private NodeOutcome run(String data, String authorization) {
        FakeNodeContext context = FakeNodeContext.create().withSecret(secret(1, KEY_V1));
        if (authorization != null) {
            context.withHeaders(Map.of("authorization", authorization));
        }
        return compile(node, data).execute(context);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> claims(String data, String authorization) {
        NodeOutcome outcome = run(data, authorization);
        assertThat(outcome).isInstanceOf(NodeOutcome.Next.class);
        return (Map<String, Object>) ((NodeOutcome.Next) outcome).output();
    }

    static void assertUnauthorized(NodeOutcome outcome, String reason) {
        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.UNAUTHORIZED);
            assertThat(fail.error().message()).isEqualTo(reason);
        });
    }

    @Test
    void jwt_verify_has_a_stable_id_and_an_error_port() {
        assertThat(node.id()).isEqualTo("jwtVerify");
        assertThat(node.ports()).isEqualTo(Ports.SINGLE_OR_ERROR);
    }

    @Test
    void jwt_verify_accepts_a_token_from_an_independent_library_and_outputs_its_claims() {
        String token = token().withSubject("u1")
                .withClaim("age", 42)
                .withClaim("score", 2.5)
                .withClaim("roles", List.of("a", "b"))
                .withClaim("org", Map.of("id", 7))
                .withKeyId("1")
                .sign(hs256(KEY_V1));

        Map<String, Object> claims = claims(DATA, "Bearer " + token);

        assertThat(claims.get("sub")).isEqualTo("u1");
        assertThat(claims.get("age")).isEqualTo(42L);
        assertThat(claims.get("score")).isEqualTo(2.5);
        assertThat(claims.get("roles")).isEqualTo(List.of("a", "b"));
        assertThat(claims.get("org")).isEqualTo(Map.of("id", 7L));
        assertThat(claims.get("iat")).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("exp")).isEqualTo(NOW.getEpochSecond() + 3600);
    }

    @Test
    void jwt_verify_accepts_a_token_of_jwt_generate() {
        JwtGenerateNode generate = new JwtGenerateNode(JwtLimits.defaults(), CLOCK);
        NodeOutcome.Next made = (NodeOutcome.Next) compile(
                        generate,
                        "{\"secret\": \"auth\", \"payload\": {\"sub\": \"u9\"}, \"issuer\": \"me\", \"algorithm\": \"HS384\"}")
                .execute(FakeNodeContext.create().withSecret(secret(1, KEY_V1)));
        String token = (String) ((Map<?, ?>) made.output()).get("token");

        Map<String, Object> claims =
                claims("{\"secret\": \"auth\", \"issuer\": \"me\", \"algorithm\": \"HS384\"}", "Bearer " + token);

        assertThat(claims.get("sub")).isEqualTo("u9");
    }

    @Test
    void jwt_verify_accepts_a_lowercase_bearer_prefix() {
        String token = token().sign(hs256(KEY_V1));

        assertThat(claims(DATA, "bearer " + token)).containsKey("exp");
        assertThat(claims(DATA, "BEARER  " + token)).containsKey("exp");
    }

    @Test
    void jwt_verify_without_authorization_header_is_unauthorized() {
        assertUnauthorized(run(DATA, null), "missing bearer token");
        assertUnauthorized(run(DATA, "Bearer "), "authorization header must use the Bearer scheme");
        assertUnauthorized(run(DATA, "Basic dXNlcjpwYXNz"), "authorization header must use the Bearer scheme");
    }

    @Test
    void jwt_verify_reads_a_configured_token_template() {
        String token = token().withClaim("n", 1).sign(hs256(KEY_V1));
        FakeNodeContext context =
                FakeNodeContext.create().withSecret(secret(1, KEY_V1)).withBody(Map.of("token", token));

        NodeOutcome outcome = compile(node, "{\"secret\": \"auth\", \"token\": \"{{request.body.token}}\"}")
                .execute(context);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NodeOutcome.Next.class,
                        next -> assertThat(next.output()).isEqualTo(claims(DATA, "Bearer " + token)));
        assertUnauthorized(
                compile(node, "{\"secret\": \"auth\", \"token\": \"{{request.body.missing}}\"}")
                        .execute(context),
                "missing token");
    }

    @Test
    void jwt_verify_refuses_alg_none() {
        String payload = "{\"sub\":\"admin\",\"exp\":" + (NOW.getEpochSecond() + 3600) + "}";

        assertUnauthorized(
                run(DATA, "Bearer " + JwtFixtures.rawToken("{\"alg\":\"none\",\"typ\":\"JWT\"}", payload, "")),
                "token algorithm is not accepted (expected HS256)");
        assertUnauthorized(
                run(DATA, "Bearer " + JwtFixtures.rawToken("{\"alg\":\"none\"}", payload, "c2ln")),
                "token algorithm is not accepted (expected HS256)");
        assertUnauthorized(
                run(DATA, "Bearer " + JwtFixtures.rawToken("{\"alg\":\"NONE\"}", payload, "c2ln")),
                "token algorithm is not accepted (expected HS256)");
    }

    @Test
    void jwt_verify_refuses_another_hmac_algorithm_even_with_the_right_key() {
        String token = token().sign(Algorithm.HMAC512(KEY_V1.getBytes(StandardCharsets.UTF_8)));

        assertUnauthorized(run(DATA, "Bearer " + token), "token algorithm is not accepted (expected HS256)");
    }

    @Test
    void jwt_verify_refuses_an_asymmetric_algorithm_header() {
        String payload = "{\"exp\":" + (NOW.getEpochSecond() + 3600) + "}";

        assertUnauthorized(
                run(DATA, "Bearer " + JwtFixtures.rawToken("{\"alg\":\"RS256\"}", payload, "c2ln")),
                "token algorithm is not accepted (expected HS256)");
    }

    @Test
    void jwt_verify_refuses_a_token_signed_with_another_key() {
        String token = token().sign(hs256(OTHER_KEY));

        assertUnauthorized(run(DATA, "Bearer " + token), "token signature is invalid");
    }

    @Test
    void jwt_verify_refuses_a_tampered_payload() {
        String token = token().withClaim("role", "user").sign(hs256(KEY_V1));
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"user\"", "\"admin\"");
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertThat(payload).contains("admin");
        assertUnauthorized(run(DATA, "Bearer " + forged), "token signature is invalid");
    }

    @Test
    void jwt_verify_refuses_an_expired_token_beyond_the_leeway() {
        String token = token().withIssuedAt(NOW.minusSeconds(600))
                .withExpiresAt(NOW.minusSeconds(31))
                .sign(hs256(KEY_V1));

        assertUnauthorized(run(DATA, "Bearer " + token), "token has expired");
        assertUnauthorized(
                run(
                        "{\"secret\": \"auth\", \"leeway\": 0}",
                        "Bearer " + token().withExpiresAt(NOW).sign(hs256(KEY_V1))),
                "token has expired");
    }

    @Test
    void jwt_verify_accepts_an_expired_token_within_the_leeway() {
        String token = token().withIssuedAt(NOW.minusSeconds(600))
                .withExpiresAt(NOW.minusSeconds(29))
                .sign(hs256(KEY_V1));

        assertThat(claims(DATA, "Bearer " + token)).containsKey("exp");
        assertUnauthorized(run("{\"secret\": \"auth\", \"leeway\": 10}", "Bearer " + token), "token has expired");
    }

    @Test
    void jwt_verify_refuses_a_token_not_valid_yet_beyond_the_leeway() {
        String token = token().withNotBefore(NOW.plusSeconds(31)).sign(hs256(KEY_V1));

        assertUnauthorized(run(DATA, "Bearer " + token), "token is not valid yet");
    }

    @Test
    void jwt_verify_accepts_a_not_before_within_the_leeway() {
        String token = token().withNotBefore(NOW.plusSeconds(30)).sign(hs256(KEY_V1));

        assertThat(claims(DATA, "Bearer " + token)).containsEntry("nbf", NOW.getEpochSecond() + 30);
    }

    @Test
    void jwt_verify_requires_an_expiry() {
        String token = com.auth0.jwt.JWT.create().withSubject("u1").sign(hs256(KEY_V1));
        String textExpiry = JwtFixtures.token().withClaim("exp", "tomorrow").sign(hs256(KEY_V1));

        assertUnauthorized(run(DATA, "Bearer " + token), "token has no expiry (exp)");
        assertUnauthorized(run(DATA, "Bearer " + textExpiry), "token claim exp is not a number of seconds");
    }

    @Test
    void jwt_verify_checks_issuer_and_audience_when_configured() {
        String data = "{\"secret\": \"auth\", \"issuer\": \"me\", \"audience\": \"web\"}";

        assertThat(claims(
                        data,
                        "Bearer " + token().withIssuer("me").withAudience("web").sign(hs256(KEY_V1))))
                .containsEntry("iss", "me");
        assertThat(claims(
                        data,
                        "Bearer "
                                + token().withIssuer("me")
                                        .withAudience("app", "web")
                                        .sign(hs256(KEY_V1))))
                .containsEntry("aud", List.of("app", "web"));
        assertUnauthorized(
                run(
                        data,
                        "Bearer "
                                + token().withIssuer("you").withAudience("web").sign(hs256(KEY_V1))),
                "token issuer is not accepted");
        assertUnauthorized(
                run(data, "Bearer " + token().withAudience("web").sign(hs256(KEY_V1))), "token issuer is not accepted");
        assertUnauthorized(
                run(
                        data,
                        "Bearer " + token().withIssuer("me").withAudience("app").sign(hs256(KEY_V1))),
                "token audience is not accepted");
    }

    @Test
    void jwt_verify_refuses_malformed_and_oversized_tokens() {
        assertUnauthorized(run(DATA, "Bearer abc"), "token is malformed");
        assertUnauthorized(run(DATA, "Bearer a.b.c.d.e"), "token is malformed");
        assertUnauthorized(run(DATA, "Bearer !!!.???.sig"), "token is malformed");
        assertUnauthorized(run(DATA, "Bearer " + JwtFixtures.rawToken("[1,2]", "{}", "c2ln")), "token is malformed");
        assertUnauthorized(run(DATA, "Bearer " + "a".repeat(9000)), "token is too long");
    }

    @Test
    void jwt_verify_refuses_critical_header_parameters() {
        String token = token().withHeader(Map.of("crit", List.of("exp"))).sign(hs256(KEY_V1));

        assertThat(run(DATA, "Bearer " + token))
                .isInstanceOfSatisfying(
                        NodeOutcome.Fail.class,
                        fail -> assertThat(fail.error().code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }
}
