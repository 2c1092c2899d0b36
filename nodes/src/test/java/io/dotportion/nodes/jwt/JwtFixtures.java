package io.dotportion.nodes.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.nodes.fixtures.FakeValidationContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** Keys, clocks and helpers shared by the JWT node tests; tokens from the outside come from auth0 java-jwt. */
final class JwtFixtures {
    /** Canary key values: long enough for HS512, and unique, so a leak is easy to find. */
    static final String KEY_V1 = "canary-jwt-key-v1-7f3a9c2e5b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b8d";

    static final String KEY_V2 = "canary-jwt-key-v2-1b3d5f7a9c0e2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f";
    static final String OTHER_KEY = "some-other-key-that-is-long-enough-for-hmac-sha512-signatures-0123";
    static final String SECRET = "auth";
    /** The tests' "now", whole seconds so that NumericDates compare exactly. */
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private JwtFixtures() {}

    static Secret secret(int version, String value) {
        return new Secret(SECRET, version, value.toCharArray());
    }

    /** A validation context whose project has the jwt secret {@link #SECRET}. */
    static ValidationContext validationContext() {
        FakeValidationContext nodes = FakeValidationContext.withNodes("start", "params", "find");
        return new ValidationContext() {
            @Override
            public Set<String> nodeIds() {
                return nodes.nodeIds();
            }

            @Override
            public Set<String> secretNames(String type) {
                return type.equals("jwt") ? Set.of(SECRET) : Set.of();
            }

            @Override
            public List<Violation> checkTemplate(String path, ValueTemplate template) {
                return nodes.checkTemplate(path, template);
            }
        };
    }

    static <C> List<Violation> validate(NodeType<C> type, String dataJson) {
        return type.validate(NodeFixtures.bind(type, dataJson), validationContext());
    }

    /** Compiles after asserting the config has no problem at all, as the engine does on deploy. */
    static <C> NodeHandler compile(NodeType<C> type, String dataJson) {
        C config = NodeFixtures.bind(type, dataJson);
        List<Violation> violations = type.validate(config, validationContext());
        if (!violations.isEmpty()) {
            throw new AssertionError("expected a valid config, got " + violations);
        }
        return type.compile(config, NodeFixtures.compileContext(Limits.defaults()));
    }

    static boolean hasCode(List<Violation> violations, String path, ViolationCode code) {
        return violations.stream().anyMatch(v -> v.path().equals(path) && v.code() == code);
    }

    /** An auth0 token builder with iat = now and exp = now + 1 hour. */
    static JWTCreator.Builder token() {
        return JWT.create().withIssuedAt(NOW).withExpiresAt(NOW.plusSeconds(3600));
    }

    static Algorithm hs256(String key) {
        return Algorithm.HMAC256(key.getBytes(StandardCharsets.UTF_8));
    }

    /** A compact token from raw JSON parts, signed with nothing (the signature part is as given). */
    static String rawToken(String headerJson, String payloadJson, String signature) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }
}
