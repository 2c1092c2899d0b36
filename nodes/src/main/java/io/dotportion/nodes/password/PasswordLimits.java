package io.dotportion.nodes.password;

/**
 * What a password node may be asked to compute, so that no workflow (its config, or a stored hash it checks) can
 * exhaust the server. The same bounds apply to a node's configured cost and to the cost a stored hash encodes.
 *
 * @param maxMemoryKib     Argon2 memory cost, in KiB
 * @param maxIterations    Argon2 passes
 * @param maxParallelism   Argon2 lanes
 * @param maxWorkKib       memory times passes, in KiB (the time a hash takes grows with both)
 * @param maxBcryptCost    bcrypt cost (log2 of the rounds)
 * @param maxPasswordBytes UTF-8 bytes of a password
 */
public record PasswordLimits(
        int maxMemoryKib,
        int maxIterations,
        int maxParallelism,
        long maxWorkKib,
        int maxBcryptCost,
        int maxPasswordBytes) {

    /** 64 MiB, 10 passes, 4 lanes, 256 MiB of work (19 MiB × 13 passes, 64 MiB × 4), bcrypt cost 14, 1024 bytes. */
    public static PasswordLimits defaults() {
        return new PasswordLimits(65_536, 10, 4, 262_144, 14, 1024);
    }
}
