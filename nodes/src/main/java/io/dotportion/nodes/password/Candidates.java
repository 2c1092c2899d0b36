package io.dotportion.nodes.password;

import java.nio.charset.StandardCharsets;

/** The bytes of a password a template resolved to. */
final class Candidates {
    private Candidates() {}

    /** The UTF-8 bytes of {@code value}, or null when it is not a non-empty text within the byte limit. */
    static byte[] bytes(Object value, PasswordLimits limits) {
        if (!(value instanceof String text) || text.isEmpty() || text.length() > limits.maxPasswordBytes()) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return bytes.length > limits.maxPasswordBytes() ? null : bytes;
    }
}
