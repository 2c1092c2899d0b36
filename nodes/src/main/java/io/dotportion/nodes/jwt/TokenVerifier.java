package io.dotportion.nodes.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACVerifier;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.secret.Secret;
import java.text.ParseException;
import java.util.Map;

/**
 * Checks a compact JWS: its canonical shape ({@link CompactToken}), then its header (only the configured
 * algorithm; {@code none}, other HMACs and asymmetric algorithms are refused before any key is touched; no
 * {@code crit}), then the MAC with the key version the {@code kid} header names, and returns the claims
 * object as the strict reader read it.
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
        CompactToken compact = CompactToken.parse(token);
        acceptedHeader(compact.header());
        JWSObject jws = parse(token);
        Secret key = KeyVersions.select(jws.getHeader().getKeyID(), secretName, context);
        boolean valid;
        try {
            valid = HmacKey.with(key, algorithm, bytes -> jws.verify(new MACVerifier(bytes)));
        } catch (JOSEException e) {
            valid = false;
        }
        if (!valid) {
            throw new TokenRejected("token signature is invalid");
        }
        return compact.claims();
    }

    /**
     * {@code alg} exactly the configured name; no {@code crit} (we support no extension, so any is refused) and
     * no {@code b64} (an unencoded payload changes what is signed); {@code kid}, when given, a string.
     */
    private void acceptedHeader(Map<?, ?> header) throws TokenRejected {
        if (!algorithm.jws().getName().equals(header.get("alg"))) {
            throw new TokenRejected("token algorithm is not accepted (expected " + algorithm + ")");
        }
        if (header.containsKey("crit")) {
            throw new TokenRejected("token header has critical parameters this verifier does not support");
        }
        if (header.containsKey("b64")) {
            throw new TokenRejected("token header parameter b64 is not supported");
        }
        if (header.containsKey("kid") && !(header.get("kid") instanceof String)) {
            throw new TokenRejected("token is malformed");
        }
    }

    private JWSObject parse(String token) throws TokenRejected {
        JWSObject jws;
        try {
            jws = JWSObject.parse(token);
        } catch (ParseException | IllegalArgumentException e) {
            throw new TokenRejected("token is malformed");
        }
        if (!algorithm.jws().equals(jws.getHeader().getAlgorithm())) {
            throw new TokenRejected("token algorithm is not accepted (expected " + algorithm + ")");
        }
        return jws;
    }
}
