package io.dotportion.nodes.password;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * An Argon2 hash in the PHC string form every Argon2 library writes:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding); hashes written before
 * version 1.3 have no {@code v=} part. Reading never computes anything.
 *
 * @param type    {@link Argon2Parameters#ARGON2_id}, {@code ARGON2_i} or {@code ARGON2_d}
 * @param version {@link Argon2Parameters#ARGON2_VERSION_13} or {@code ARGON2_VERSION_10}
 */
record Argon2Hash(int type, int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {
    private static final Pattern FORM =
            Pattern.compile("\\$argon2(id|i|d)(?:\\$v=(\\d{1,3}))?\\$m=(\\d{1,9}),t=(\\d{1,9}),p=(\\d{1,9})"
                    + "\\$([A-Za-z0-9+/]{11,88})\\$([A-Za-z0-9+/]{6,172})");
    private static final int MIN_SALT_BYTES = 8;
    private static final int MAX_SALT_BYTES = 64;
    private static final int MIN_HASH_BYTES = 4;
    private static final int MAX_HASH_BYTES = 128;

    /** The hash {@code text} holds, or empty when it is not a well-formed Argon2 hash. */
    static Optional<Argon2Hash> parse(String text) {
        if (text == null || text.length() > 400) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int version = m.group(2) == null ? Argon2Parameters.ARGON2_VERSION_10 : Integer.parseInt(m.group(2));
        if (version != Argon2Parameters.ARGON2_VERSION_10 && version != Argon2Parameters.ARGON2_VERSION_13) {
            return Optional.empty();
        }
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(m.group(6));
            hash = Base64.getDecoder().decode(m.group(7));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int parallelism = Integer.parseInt(m.group(5));
        int memory = Integer.parseInt(m.group(3));
        int iterations = Integer.parseInt(m.group(4));
        if (salt.length < MIN_SALT_BYTES || salt.length > MAX_SALT_BYTES) {
            return Optional.empty();
        }
        if (hash.length < MIN_HASH_BYTES || hash.length > MAX_HASH_BYTES) {
            return Optional.empty();
        }
        if (parallelism < 1 || iterations < 1 || memory < 8 * parallelism) {
            return Optional.empty();
        }
        return Optional.of(new Argon2Hash(type(m.group(1)), version, memory, iterations, parallelism, salt, hash));
    }

    /** The PHC string of this hash. */
    String encode() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$" + typeName() + "$v=" + version + "$m=" + memoryKib + ",t=" + iterations + ",p=" + parallelism + "$"
                + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether computing this hash stays within {@code limits}. */
    boolean within(PasswordLimits limits) {
        return memoryKib <= limits.maxMemoryKib()
                && iterations <= limits.maxIterations()
                && parallelism <= limits.maxParallelism()
                && (long) memoryKib * iterations <= limits.maxWorkKib();
    }

    /** Whether this hash is weaker than (or another kind than) what the node writes with {@code cost}. */
    boolean below(Argon2Cost cost) {
        return type != Argon2Parameters.ARGON2_id
                || version != Argon2Parameters.ARGON2_VERSION_13
                || memoryKib < cost.memoryKib()
                || iterations < cost.iterations()
                || parallelism < cost.parallelism()
                || hash.length < cost.hashLength()
                || salt.length < cost.saltLength();
    }

    private String typeName() {
        return switch (type) {
            case Argon2Parameters.ARGON2_i -> "argon2i";
            case Argon2Parameters.ARGON2_d -> "argon2d";
            default -> "argon2id";
        };
    }

    private static int type(String name) {
        return switch (name) {
            case "i" -> Argon2Parameters.ARGON2_i;
            case "d" -> Argon2Parameters.ARGON2_d;
            default -> Argon2Parameters.ARGON2_id;
        };
    }

    @Override
    public String toString() {
        return "Argon2Hash[" + typeName() + ", m=" + memoryKib + ", t=" + iterations + ", p=" + parallelism + "]";
    }
}
