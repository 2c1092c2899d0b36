package io.dotportion.nodes.jwt;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.util.Base64URL;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.value.Json;
import java.text.ParseException;
import java.util.Map;

/**
 * Checks a compact JWS: its shape, then its algorithm (only the configured one; {@code none}, other HMACs and
 * asymmetric algorithms are refused before any key is touched), then the MAC with the key version the
 * {@code kid} header names, and returns the claims object as the platform's JSON mapper reads it.
 */
final class TokenVerifier {
    private final String secretName;
    private final HmacAlgorithm algorithm;
    private final int maxTokenLength;

    TokenVerifier(String secretName, HmacAlgorithm algorithm, int maxTokenLength) {
        this.secretName = secretName;
        this.algorithm = algorithm;
        this.maxTokenLength = maxTokenLength;
    }

    Map<?, ?> verify(String token, NodeContext context) throws TokenRejected {
        if (token.length() > maxTokenLength) {
            throw new TokenRejected("token is too long");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new TokenRejected("token is malformed");
        }
        JWSHeader header = acceptedHeader(parts[0]);
        JWSObject jws = parse(token);
        Secret key = KeyVersions.select(header.getKeyID(), secretName, context);
        boolean valid;
        try {
            valid = HmacKey.with(key, algorithm, bytes -> jws.verify(new MACVerifier(bytes)));
        } catch (JOSEException e) {
            valid = false;
        }
        if (!valid) {
            throw new TokenRejected("token signature is invalid");
        }
        return claims(jws);
    }

    private JWSHeader acceptedHeader(String encoded) throws TokenRejected {
        Header header;
        try {
            header = Header.parse(new Base64URL(encoded));
        } catch (ParseException | IllegalArgumentException e) {
            throw new TokenRejected("token is malformed");
        }
        if (!(header instanceof JWSHeader jws) || !algorithm.jws().equals(jws.getAlgorithm())) {
            throw new TokenRejected("token algorithm is not accepted (expected " + algorithm + ")");
        }
        if (jws.getCriticalParams() != null && !jws.getCriticalParams().isEmpty()) {
            throw new TokenRejected("token header has critical parameters this verifier does not support");
        }
        return jws;
    }

    private static JWSObject parse(String token) throws TokenRejected {
        try {
            return JWSObject.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            throw new TokenRejected("token is malformed");
        }
    }

    private static Map<?, ?> claims(JWSObject jws) throws TokenRejected {
        try {
            if (Json.parse(jws.getPayload().toString()) instanceof Map<?, ?> claims) {
                return claims;
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the parser's message (it may quote the payload)
        }
        throw new TokenRejected("token claims are not a JSON object");
    }
}
