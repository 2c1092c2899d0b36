package io.dotportion.nodes.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.value.Json;
import java.util.Map;

/**
 * Signs a claims object into a compact JWS. The header carries {@code typ: JWT} and {@code kid} = the secret's
 * version; the claims are written by the platform's JSON mapper so every value keeps its JSON type.
 */
final class TokenSigner {
    private final HmacAlgorithm algorithm;

    TokenSigner(HmacAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    String sign(Secret secret, Map<String, Object> claims) throws JOSEException {
        JWSHeader header = new JWSHeader.Builder(algorithm.jws())
                .type(JOSEObjectType.JWT)
                .keyID(Integer.toString(secret.version()))
                .build();
        JWSObject jws = new JWSObject(header, new Payload(Json.write(claims)));
        HmacKey.with(secret, algorithm, key -> {
            jws.sign(new MACSigner(key));
            return jws;
        });
        return jws.serialize();
    }
}
