package io.dotportion.nodes.jwt;

import static io.dotportion.nodes.jwt.JwtFixtures.CLOCK;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V1;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V2;
import static io.dotportion.nodes.jwt.JwtFixtures.compile;
import static io.dotportion.nodes.jwt.JwtFixtures.hs256;
import static io.dotportion.nodes.jwt.JwtFixtures.secret;
import static io.dotportion.nodes.jwt.JwtFixtures.token;
import static io.dotportion.nodes.jwt.JwtVerifyNodeTest.assertUnauthorized;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A jwt secret rotated from version 1 to version 2: which tokens still verify. */
class JwtRotationTest {
    private final NodeHandler verify =
            compile(new JwtVerifyNode(JwtLimits.defaults(), CLOCK), "{\"secret\": \"auth\"}");
    private final NodeHandler generate =
            compile(new JwtGenerateNode(JwtLimits.defaults(), CLOCK), "{\"secret\": \"auth\"}");

    private static FakeNodeContext afterRotation(boolean graceWindow, String token) {
        FakeNodeContext context = FakeNodeContext.create()
                .withSecret(secret(2, KEY_V2))
                .withHeaders(Map.of("authorization", "Bearer " + token));
        return graceWindow ? context.withPreviousSecret(secret(1, KEY_V1)) : context;
    }

    private String generatedWith(int version, String key) {
        NodeOutcome.Next next =
                (NodeOutcome.Next) generate.execute(FakeNodeContext.create().withSecret(secret(version, key)));
        return (String) ((Map<?, ?>) next.output()).get("token");
    }

    @Test
    void token_of_the_previous_version_verifies_inside_the_grace_window() {
        String token = generatedWith(1, KEY_V1);

        assertThat(verify.execute(afterRotation(true, token))).isInstanceOf(NodeOutcome.Next.class);
    }

    @Test
    void token_of_the_previous_version_is_refused_without_a_grace_window() {
        String token = generatedWith(1, KEY_V1);

        assertUnauthorized(
                verify.execute(afterRotation(false, token)),
                "token was signed with a key version that is no longer accepted");
    }

    @Test
    void token_of_the_current_version_verifies_with_or_without_a_grace_window() {
        String token = generatedWith(2, KEY_V2);

        assertThat(verify.execute(afterRotation(false, token))).isInstanceOf(NodeOutcome.Next.class);
        assertThat(verify.execute(afterRotation(true, token))).isInstanceOf(NodeOutcome.Next.class);
    }

    @Test
    void token_claiming_the_previous_version_but_signed_with_the_current_key_is_refused() {
        String token = token().withKeyId("1").sign(hs256(KEY_V2));

        assertUnauthorized(verify.execute(afterRotation(true, token)), "token signature is invalid");
    }

    @Test
    void token_without_kid_is_checked_against_the_current_version_only() {
        assertThat(verify.execute(afterRotation(true, token().sign(hs256(KEY_V2)))))
                .isInstanceOf(NodeOutcome.Next.class);
        assertUnauthorized(
                verify.execute(afterRotation(true, token().sign(hs256(KEY_V1)))), "token signature is invalid");
    }

    @Test
    void token_naming_an_unknown_or_malformed_version_is_refused() {
        assertUnauthorized(
                verify.execute(afterRotation(true, token().withKeyId("3").sign(hs256(KEY_V2)))),
                "token was signed with a key version that is no longer accepted");
        assertUnauthorized(
                verify.execute(afterRotation(true, token().withKeyId("v2").sign(hs256(KEY_V2)))),
                "token key id is not a version of the secret");
        assertUnauthorized(
                verify.execute(
                        afterRotation(true, token().withKeyId("99999999999").sign(hs256(KEY_V2)))),
                "token key id is not a version of the secret");
    }
}
