package io.dotportion.nodes.password;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import java.util.List;

/**
 * The Argon2id parameters a node hashes with (and that a stored hash must reach not to need a rehash).
 *
 * @param memoryKib   memory in KiB
 * @param iterations  passes
 * @param parallelism lanes
 * @param hashLength  bytes of output
 * @param saltLength  bytes of random salt
 */
record Argon2Cost(int memoryKib, int iterations, int parallelism, int hashLength, int saltLength) {
    /** OWASP's first choice for Argon2id: 19 MiB, 2 passes, 1 lane; 32-byte hashes, 16-byte salts. */
    static final Argon2Cost OWASP = new Argon2Cost(19_456, 2, 1, 32, 16);

    static final int MIN_MEMORY_KIB = 7_168;
    static final int MIN_BYTES = 16;
    static final int MAX_BYTES = 64;

    /** The config's cost, OWASP's defaults for absent fields. */
    static Argon2Cost of(PasswordConfig config) {
        return new Argon2Cost(
                or(config.memoryKib(), OWASP.memoryKib),
                or(config.iterations(), OWASP.iterations),
                or(config.parallelism(), OWASP.parallelism),
                or(config.hashLength(), OWASP.hashLength),
                or(config.saltLength(), OWASP.saltLength));
    }

    /** Every bound this cost breaks, at the config field's path. */
    void check(PasswordLimits limits, List<Violation> out) {
        range("memoryKib", memoryKib, Math.max(MIN_MEMORY_KIB, 8 * parallelism), limits.maxMemoryKib(), out);
        range("iterations", iterations, 1, limits.maxIterations(), out);
        range("parallelism", parallelism, 1, limits.maxParallelism(), out);
        range("hashLength", hashLength, MIN_BYTES, MAX_BYTES, out);
        range("saltLength", saltLength, MIN_BYTES, MAX_BYTES, out);
        if ((long) memoryKib * iterations > limits.maxWorkKib()) {
            out.add(Violation.error(
                    "iterations",
                    ViolationCode.INVALID_CONFIG,
                    "memoryKib × iterations must be at most " + limits.maxWorkKib() + " (the time a hash takes)"));
        }
    }

    private static void range(String field, int value, int min, long max, List<Violation> out) {
        if (value < min || value > max) {
            out.add(Violation.error(
                    field, ViolationCode.INVALID_CONFIG, field + " must be between " + min + " and " + max));
        }
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
