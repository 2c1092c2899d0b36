package io.dotportion.nodes.jwt;

import com.nimbusds.jose.JOSEException;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.template.ValueTemplate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A compiled jwtGenerate node: evaluates the payload, adds the registered claims, signs, outputs {@code {token}}. */
final class JwtGenerateHandler implements NodeHandler {
    private final String secretName;
    private final ValueTemplate payload;
    private final Duration lifetime;
    private final String issuer;
    private final String audience;
    private final TokenSigner signer;
    private final Clock clock;

    /** {@code payload}, {@code issuer} and {@code audience} may be null (absent). */
    JwtGenerateHandler(
            String secretName,
            ValueTemplate payload,
            Duration lifetime,
            String issuer,
            String audience,
            TokenSigner signer,
            Clock clock) {
        this.secretName = secretName;
        this.payload = payload;
        this.lifetime = lifetime;
        this.issuer = issuer;
        this.audience = audience;
        this.signer = signer;
        this.clock = clock;
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        Map<String, Object> claims = claims(context);
        try {
            Secret secret = context.secret(secretName, ConfigChecks.SECRET_TYPE);
            return NodeOutcome.next(Map.of("token", signer.sign(secret, claims)));
        } catch (NodeFailure failure) {
            return new NodeOutcome.Fail(failure.error());
        } catch (JOSEException e) {
            return NodeOutcome.fail(
                    ErrorCode.EXECUTION_FAILED, "the token could not be signed with secret '" + secretName + "'");
        }
    }

    private Map<String, Object> claims(NodeContext context) {
        Map<String, Object> claims = new LinkedHashMap<>();
        if (payload != null && context.evaluate(payload) instanceof Map<?, ?> values) {
            values.forEach((key, value) -> claims.put(String.valueOf(key), value));
        }
        if (issuer != null) {
            claims.put("iss", issuer);
        }
        if (audience != null) {
            claims.put("aud", audience);
        }
        long now = clock.instant().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        return claims;
    }
}
