package io.dotportion.server.support;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Tokens made outside the platform, with auth0 java-jwt (an independent implementation). */
public final class Jwts {
    private Jwts() {}

    public static JWTCreator.Builder claims(String subject, Instant expiresAt) {
        return JWT.create().withSubject(subject).withIssuedAt(Instant.now()).withExpiresAt(expiresAt);
    }

    public static String hs256(String key, String subject, Instant expiresAt) {
        return claims(subject, expiresAt).sign(Algorithm.HMAC256(key.getBytes(StandardCharsets.UTF_8)));
    }

    /** A token with {@code alg: none} and no signature. */
    public static String none(String subject) {
        return claims(subject, Instant.now().plusSeconds(600)).sign(Algorithm.none());
    }

    /** {@code token} with its payload swapped for another (the signature no longer matches). */
    public static String withPayload(String token, String payloadJson) {
        String[] parts = token.split("\\.");
        String payload =
                Base64.getUrlEncoder().withoutPadding().encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    /** The decoded header of a token, as JSON text. */
    public static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }
}
