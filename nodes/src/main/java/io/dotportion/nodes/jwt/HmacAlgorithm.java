package io.dotportion.nodes.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The HMAC algorithms the JWT nodes sign and verify with, each with the key length it needs (RFC 7518 §3.2). */
enum HmacAlgorithm {
    HS256(JWSAlgorithm.HS256, 32),
    HS384(JWSAlgorithm.HS384, 48),
    HS512(JWSAlgorithm.HS512, 64);

    static final HmacAlgorithm DEFAULT = HS256;
    static final String NAMES = Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    private final JWSAlgorithm jws;
    private final int minKeyBytes;

    HmacAlgorithm(JWSAlgorithm jws, int minKeyBytes) {
        this.jws = jws;
        this.minKeyBytes = minKeyBytes;
    }

    JWSAlgorithm jws() {
        return jws;
    }

    /** The shortest key, in bytes, this algorithm accepts: as long as its output. */
    int minKeyBytes() {
        return minKeyBytes;
    }

    /** The algorithm written exactly as {@code name} (JOSE names are case-sensitive); the default when absent. */
    static Optional<HmacAlgorithm> named(String name) {
        if (name == null) {
            return Optional.of(DEFAULT);
        }
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
