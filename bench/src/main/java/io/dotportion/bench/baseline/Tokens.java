package io.dotportion.bench.baseline;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import io.dotportion.core.value.Json;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HS256 tokens as a hand-written service makes them with nimbus-jose-jwt: header {@code typ: JWT} and
 * {@code kid} (the key's version, "1" for the load test's secret, as the product's jwtGenerate writes it), claims
 * {@code sub}, {@code email}, {@code iat}, {@code exp}; verification checks the algorithm, the MAC and
 * {@code exp} with 30 s of leeway (the product's jwtVerify default).
 */
final class Tokens {
    private static final long LEEWAY_SECONDS = 30;

    private final byte[] key;
    private final String keyId;
    private final Duration lifetime;
    private final Clock clock;
    private final MACSigner signer;
    private final MACVerifier verifier;

    Tokens(String secret, String keyId, Duration lifetime, Clock clock) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
        this.keyId = keyId;
        this.lifetime = lifetime;
        this.clock = clock;
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the JWT secret is too short for HS256", e);
        }
    }

    String sign(String subject, String email) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("email", email);
        long now = clock.instant().getEpochSecond();
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(JOSEObjectType.JWT)
                .keyID(keyId)
                .build();
        JWSObject jws = new JWSObject(header, new Payload(Json.write(claims)));
        try {
            jws.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing failed", e);
        }
        return jws.serialize();
    }

    /** The token's subject when it is a valid, unexpired HS256 token of this key; empty otherwise. */
    Optional<String> verifiedSubject(String token) {
        try {
            JWSObject jws = JWSObject.parse(token);
            if (!JWSAlgorithm.HS256.equals(jws.getHeader().getAlgorithm()) || !jws.verify(verifier)) {
                return Optional.empty();
            }
            Map<String, Object> claims = jws.getPayload().toJSONObject();
            if (claims == null
                    || !(claims.get("exp") instanceof Number exp)
                    || clock.instant().getEpochSecond() >= exp.longValue() + LEEWAY_SECONDS) {
                return Optional.empty();
            }
            return claims.get("sub") instanceof String sub ? Optional.of(sub) : Optional.empty();
        } catch (ParseException | JOSEException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
