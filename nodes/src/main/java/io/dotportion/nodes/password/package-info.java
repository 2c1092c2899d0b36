/**
 * The {@code password} node: Argon2id password hashes and their checks, for login workflows.
 *
 * <ul>
 *   <li>{@code hash}: the password (a template) becomes {@code {"hash": "$argon2id$v=19$m=..,t=..,p=..$salt$hash"}},
 *       the PHC string every Argon2 library reads. Parameters are the node's config, OWASP's first choice by
 *       default (m = 19456 KiB, t = 2, p = 1), a 32-byte hash and a fresh 16-byte salt from {@code SecureRandom}. A
 *       password that is missing, empty, not text or over {@link io.dotportion.nodes.password.PasswordLimits
 *       #maxPasswordBytes()} fails with {@code INVALID_REQUEST}.</li>
 *   <li>{@code verify}: the candidate (a template) against the stored hash (a template): Argon2id, Argon2i or
 *       Argon2d with the parameters the hash encodes (version 1.3 or 1.0), or bcrypt {@code $2a$}, {@code $2b$},
 *       {@code $2y$}; the computed and stored hashes are compared in constant time. Output
 *       {@code {"valid", "needsRehash"}}: {@code needsRehash} is true for a valid bcrypt hash and for a valid Argon2
 *       hash of another variant or version or with any parameter below the node's. A stored hash that is missing or
 *       malformed is {@code valid: false} after a decoy hash with the node's parameters (an unknown account takes as
 *       long as a wrong password); a candidate that is missing, empty or too long is {@code valid: false} at once.
 *       A stored hash asking for more work than {@link io.dotportion.nodes.password.PasswordLimits} allows is
 *       refused with {@code EXECUTION_FAILED} before anything is computed.</li>
 *   <li>Traces: the node marks the password and the stored hash it read as sensitive
 *       ({@link io.dotportion.core.node.NodeContext#sensitive}), so they are masked as
 *       {@code [redacted:<node>.password]} / {@code [redacted:<node>.hash]} wherever they stand in the execution's
 *       traces, the request body and the test-run answer included. The {@code hash} output is a credential output:
 *       masked in stored traces (a password hash can be attacked offline), shown in the test-run answer.</li>
 *   <li>Threads and memory: hashes run on {@link io.dotportion.nodes.password.PasswordWorkers} (a few platform
 *       threads), never on the request's virtual thread, each waiting no longer than its execution has left
 *       ({@code TIMEOUT}). Argon2 and bcrypt come from BouncyCastle, which keeps nothing between calls: a hash's
 *       memory is released when it ends. (password4j, which the platform's own logins use, keeps one instance per
 *       parameter set for the life of the process, each holding its whole memory cost and a thread pool, which
 *       hashes chosen by tenants could grow without bound.)</li>
 * </ul>
 */
package io.dotportion.nodes.password;
