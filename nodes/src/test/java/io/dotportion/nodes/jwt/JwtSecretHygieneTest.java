package io.dotportion.nodes.jwt;

import static io.dotportion.nodes.jwt.JwtFixtures.CLOCK;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V1;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V2;
import static io.dotportion.nodes.jwt.JwtFixtures.NOW;
import static io.dotportion.nodes.jwt.JwtFixtures.OTHER_KEY;
import static io.dotportion.nodes.jwt.JwtFixtures.compile;
import static io.dotportion.nodes.jwt.JwtFixtures.hs256;
import static io.dotportion.nodes.jwt.JwtFixtures.secret;
import static io.dotportion.nodes.jwt.JwtFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The key never leaves the signing and checking code: not in outputs, not in error messages. */
class JwtSecretHygieneTest {
    private static final Path SOURCES = Path.of("src/main/java/io/dotportion/nodes/jwt");

    @Test
    void secret_values_are_revealed_in_one_place_used_only_to_sign_and_verify() throws IOException {
        List<String> revealing = new ArrayList<>();
        List<String> usingKeys = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.sorted().toList()) {
                String source = Files.readString(file);
                if (source.contains(".reveal()")) {
                    revealing.add(file.getFileName().toString());
                }
                if (source.contains("HmacKey.with(")) {
                    usingKeys.add(file.getFileName().toString());
                }
            }
        }

        assertThat(revealing).containsExactly("HmacKey.java");
        assertThat(usingKeys).containsExactly("JwtKeyProbe.java", "TokenSigner.java", "TokenVerifier.java");
    }

    @Test
    void no_output_or_failure_contains_the_key_or_the_token() {
        NodeHandler verify = compile(new JwtVerifyNode(JwtLimits.defaults(), CLOCK), "{\"secret\": \"auth\"}");
        NodeHandler strictVerify = compile(
                new JwtVerifyNode(JwtLimits.defaults(), CLOCK),
                "{\"secret\": \"auth\", \"issuer\": \"me\", \"audience\": \"web\", \"algorithm\": \"HS512\"}");
        String unsigned =
                JwtFixtures.rawToken("{\"alg\":\"none\"}", "{\"exp\":" + (NOW.getEpochSecond() + 60) + "}", "");
        List<String> tokens = List.of(
                token().withKeyId("2").sign(hs256(KEY_V2)),
                token().withKeyId("1").sign(hs256(KEY_V1)),
                token().sign(hs256(OTHER_KEY)),
                token().withExpiresAt(NOW.minusSeconds(3600)).sign(hs256(KEY_V2)),
                token().withNotBefore(NOW.plusSeconds(3600)).sign(hs256(KEY_V2)),
                token().withKeyId("7").sign(hs256(KEY_V2)),
                unsigned,
                "not-a-token");

        List<NodeOutcome> outcomes = new ArrayList<>();
        for (String token : tokens) {
            for (NodeHandler handler : List.of(verify, strictVerify)) {
                NodeOutcome outcome = handler.execute(rotated(token));
                outcomes.add(outcome);
                if (outcome instanceof NodeOutcome.Fail fail) {
                    assertThat(fail.error().message()).doesNotContain(token.split("\\.")[0]);
                }
            }
        }
        outcomes.add(compile(
                        new JwtGenerateNode(JwtLimits.defaults(), CLOCK),
                        "{\"secret\": \"auth\", \"payload\": {\"a\": 1}}")
                .execute(FakeNodeContext.create().withSecret(secret(2, KEY_V2))));
        outcomes.add(compile(
                        new JwtGenerateNode(JwtLimits.defaults(), CLOCK),
                        "{\"secret\": \"auth\", \"algorithm\": \"HS512\"}")
                .execute(FakeNodeContext.create().withSecret(secret(2, KEY_V2.substring(0, 40)))));

        assertThat(outcomes).anyMatch(o -> o instanceof NodeOutcome.Next).anyMatch(o -> o instanceof NodeOutcome.Fail);
        for (NodeOutcome outcome : outcomes) {
            for (String text : List.of(outcome.toString(), Json.write(outcome))) {
                for (String key : List.of(KEY_V1, KEY_V2, KEY_V2.substring(0, 40))) {
                    assertThat(text).doesNotContain(key).doesNotContain(base64(key));
                }
            }
        }
    }

    private static FakeNodeContext rotated(String token) {
        return FakeNodeContext.create()
                .withPreviousSecret(secret(1, KEY_V1))
                .withSecret(secret(2, KEY_V2))
                .withHeaders(Map.of("authorization", "Bearer " + token));
    }

    private static String base64(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
