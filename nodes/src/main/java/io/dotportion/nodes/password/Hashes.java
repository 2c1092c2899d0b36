package io.dotportion.nodes.password;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The computations of the password node: Argon2 (RFC 9106) and bcrypt, from BouncyCastle, which keeps no state
 * between calls (each hash allocates its memory and releases it). Comparisons are constant-time.
 */
final class Hashes {
    /** {@code $2a$}, {@code $2b$} or {@code $2y$}, a two-digit cost, 22 characters of salt and 31 of hash. */
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private static final int MIN_BCRYPT_COST = 4;

    private Hashes() {}

    /** A fresh Argon2id hash of {@code password} with {@code cost}, a random salt. */
    static Argon2Hash hash(byte[] password, Argon2Cost cost, SecureRandom random) {
        byte[] salt = new byte[cost.saltLength()];
        random.nextBytes(salt);
        byte[] out = argon2(
                Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13,
                cost.memoryKib(),
                cost.iterations(),
                cost.parallelism(),
                salt,
                password,
                cost.hashLength());
        return new Argon2Hash(
                Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13,
                cost.memoryKib(),
                cost.iterations(),
                cost.parallelism(),
                salt,
                out);
    }

    /** Whether {@code password} hashes to {@code stored}; the caller has checked the cost is within limits. */
    static boolean matches(byte[] password, Argon2Hash stored) {
        byte[] computed = argon2(
                stored.type(),
                stored.version(),
                stored.memoryKib(),
                stored.iterations(),
                stored.parallelism(),
                stored.salt(),
                password,
                stored.hash().length);
        return MessageDigest.isEqual(computed, stored.hash());
    }

    /** The same work as checking a hash of {@code cost}, for a stored hash that is missing or malformed. */
    static void decoy(byte[] password, Argon2Cost cost) {
        argon2(
                Argon2Parameters.ARGON2_id,
                Argon2Parameters.ARGON2_VERSION_13,
                cost.memoryKib(),
                cost.iterations(),
                cost.parallelism(),
                new byte[cost.saltLength()],
                password,
                cost.hashLength());
    }

    /** The cost of a well-formed bcrypt hash, or -1 when {@code text} is not one. */
    static int bcryptCost(String text) {
        if (text == null || !BCRYPT.matcher(text).matches()) {
            return -1;
        }
        int cost = Integer.parseInt(text.substring(4, 6));
        return cost < MIN_BCRYPT_COST ? -1 : cost;
    }

    /** Whether {@code password} matches the bcrypt hash {@code stored} (well formed, cost within limits). */
    static boolean bcryptMatches(byte[] password, String stored) {
        try {
            return OpenBSDBCrypt.checkPassword(stored, password);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] argon2(
            int type, int version, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] pw, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(type)
                .withVersion(version)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(pw, out);
        return out;
    }
}
