package io.dotportion.nodes.jwt;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one place the JWT nodes read a secret's value: its UTF-8 bytes are the HMAC key (as in most JWT
 * libraries given a string), used for one signature or one check and then wiped.
 */
final class HmacKey {

    @FunctionalInterface
    interface KeyUse<T, E extends Exception> {
        T apply(byte[] key) throws E;
    }

    private HmacKey() {}

    /**
     * Runs {@code use} with the key bytes of {@code secret}. Fails with {@code EXECUTION_FAILED} when the
     * value is shorter than {@code algorithm} needs; the message names the secret and the lengths, never the value.
     */
    static <T, E extends Exception> T with(Secret secret, HmacAlgorithm algorithm, KeyUse<T, E> use) throws E {
        byte[] key = secret.reveal().getBytes(StandardCharsets.UTF_8);
        try {
            if (key.length < algorithm.minKeyBytes()) {
                throw new NodeFailure(
                        ErrorCode.EXECUTION_FAILED,
                        "secret '" + secret.name() + "' (version "
                                + secret.version() + ") is too short for " + algorithm + ": it needs at least "
                                + algorithm.minKeyBytes() + " bytes");
            }
            return use.apply(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
