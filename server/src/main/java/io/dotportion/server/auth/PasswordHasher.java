package io.dotportion.server.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes. Verification reads the cost from the stored hash, so costs can change over time. */
public final class PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int OUTPUT_BYTES = 32;

    /** Argon2id cost: memory in KiB, passes, lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        /** OWASP's recommended minimum (19 MiB, 2 passes, 1 lane). */
        public static Cost standard() {
            return new Cost(19 * 1024, 2, 1);
        }

        /** A cheap cost for tests only. */
        public static Cost light() {
            return new Cost(1024, 1, 1);
        }
    }

    private final Argon2Function function;
    private final String decoyHash;

    public PasswordHasher(Cost cost) {
        this.function = Argon2Function.getInstance(
                cost.memoryKib(), cost.iterations(), cost.parallelism(), OUTPUT_BYTES, Argon2.ID);
        this.decoyHash = hash("decoy password for unknown accounts");
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    public boolean matches(String password, String storedHash) {
        if (storedHash == null || password == null) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the same work as a real check, so an unknown email takes as long as a wrong password. */
    public void matchDecoy(String password) {
        matches(password == null ? "" : password, decoyHash);
    }
}
