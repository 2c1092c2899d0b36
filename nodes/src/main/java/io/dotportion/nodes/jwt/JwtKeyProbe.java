package io.dotportion.nodes.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.secret.Secret;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * The test of a {@code jwt} secret: signs a token with the key as the JWT nodes do (HS256, the key's UTF-8
 * bytes), parses it back and verifies it. Empty when the round trip works, else a fixed reason.
 */
public final class JwtKeyProbe {
    public static final String TOO_SHORT = "key too short";
    public static final String ROUND_TRIP_FAILED = "sign and verify failed";

    private JwtKeyProbe() {}

    public static Optional<String> problem(Secret secret) {
        try {
            boolean verified = HmacKey.with(secret, HmacAlgorithm.DEFAULT, key -> roundTrip(key));
            return verified ? Optional.empty() : Optional.of(ROUND_TRIP_FAILED);
        } catch (NodeFailure e) {
            return Optional.of(TOO_SHORT);
        } catch (JOSEException e) {
            return Optional.of(ROUND_TRIP_FAILED);
        }
    }

    private static boolean roundTrip(byte[] key) throws JOSEException {
        String nonce = UUID.randomUUID().toString();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(HmacAlgorithm.DEFAULT.jws()),
                new JWTClaimsSet.Builder()
                        .subject("dotportion-secret-test")
                        .jwtID(nonce)
                        .build());
        jwt.sign(new MACSigner(key));
        try {
            SignedJWT parsed = SignedJWT.parse(jwt.serialize());
            return parsed.verify(new MACVerifier(key))
                    && nonce.equals(parsed.getJWTClaimsSet().getJWTID());
        } catch (ParseException e) {
            return false;
        }
    }
}
