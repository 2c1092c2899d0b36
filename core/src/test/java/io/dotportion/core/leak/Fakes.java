package io.dotportion.core.leak;

import java.util.Base64;
import java.util.Random;

/** Credential-shaped test values, made from a seeded generator so no real key is ever in the sources. */
final class Fakes {
    static final String BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final String HEX = "0123456789abcdef";

    private final Random random;

    Fakes(long seed) {
        this.random = new Random(seed);
    }

    String of(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    String base62(int length) {
        return of(BASE62, length);
    }

    String jwt() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String header = url.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes());
        String payload = url.encodeToString("{\"sub\":\"user-1\",\"exp\":1999999999}".getBytes());
        return header + "." + payload + "." + of(BASE62 + "-_", 43);
    }
}
