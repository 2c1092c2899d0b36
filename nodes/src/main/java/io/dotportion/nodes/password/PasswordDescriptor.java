package io.dotportion.nodes.password;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the password node describes itself. */
final class PasswordDescriptor {
    private static final PasswordLimits LIMITS = PasswordLimits.defaults();

    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(PasswordNode.ID, NodeRole.STEP)
            .label("Password")
            .category(NodeCategory.AUTH)
            .text(
                    "Hash a password with Argon2id, or check one against a stored hash",
                    "hash outputs {\"hash\": \"$argon2id$v=19$m=19456,t=2,p=1$...\"} (Argon2id with OWASP's "
                            + "parameters by default: 19 MiB, 2 passes, 1 lane; a random 16-byte salt). verify checks "
                            + "the candidate against a stored Argon2 hash (any parameters within the limits) or a "
                            + "bcrypt hash ($2a$, $2b$, $2y$) in constant time and outputs {\"valid\": true|false, "
                            + "\"needsRehash\": true|false} (needsRehash: a valid bcrypt hash, or an Argon2 hash "
                            + "weaker than the node's parameters). A missing or malformed stored hash is "
                            + "valid: false, after the same work as a real check; a stored hash asking for more "
                            + "work than the limits is refused (EXECUTION_FAILED), never computed. The password "
                            + "and the stored hash are masked in every trace, wherever they appear (the request "
                            + "body included); the hash output is masked in stored traces. Hashes run on a "
                            + "few dedicated threads, a bounded number at once.")
            .output(
                    "hash: {\"hash\": \"$argon2id$...\"} (masked in stored traces). verify: {\"valid\": true|false, \"needsRehash\": true|false}. When it fails and its error handle is connected, it leaves by error and the next node's input is {code, message}.")
            .ports(NodePorts.singleOrError())
            .config(ConfigSchema.of(PasswordConfig.class)
                    .field("operation", "Operation", "hash a new password, or verify a candidate against a stored hash")
                    .with("operation", "enum", PasswordNode.OPERATIONS)
                    .with("operation", "default", PasswordNode.HASH)
                    .field(
                            "password",
                            "Password",
                            "a template resolving to the password (hash) or the candidate (verify), "
                                    + "like {{request.body.password}}; masked in traces")
                    .with("password", "type", "string")
                    .field(
                            "hash",
                            "Stored hash",
                            "verify only: a template resolving to the stored hash, like "
                                    + "{{user.result.passwordHash}}; masked in traces")
                    .with("hash", "type", "string")
                    .field("memoryKib", "Memory (KiB)", "Argon2id memory cost")
                    .with("memoryKib", "minimum", Argon2Cost.MIN_MEMORY_KIB)
                    .with("memoryKib", "maximum", LIMITS.maxMemoryKib())
                    .with("memoryKib", "default", Argon2Cost.OWASP.memoryKib())
                    .field("iterations", "Iterations", "Argon2id passes over the memory")
                    .with("iterations", "minimum", 1)
                    .with("iterations", "maximum", LIMITS.maxIterations())
                    .with("iterations", "default", Argon2Cost.OWASP.iterations())
                    .field("parallelism", "Parallelism", "Argon2id lanes")
                    .with("parallelism", "minimum", 1)
                    .with("parallelism", "maximum", LIMITS.maxParallelism())
                    .with("parallelism", "default", Argon2Cost.OWASP.parallelism())
                    .field("hashLength", "Hash length", "bytes of hash output")
                    .with("hashLength", "minimum", Argon2Cost.MIN_BYTES)
                    .with("hashLength", "maximum", Argon2Cost.MAX_BYTES)
                    .with("hashLength", "default", Argon2Cost.OWASP.hashLength())
                    .field("saltLength", "Salt length", "bytes of random salt")
                    .with("saltLength", "minimum", Argon2Cost.MIN_BYTES)
                    .with("saltLength", "maximum", Argon2Cost.MAX_BYTES)
                    .with("saltLength", "default", Argon2Cost.OWASP.saltLength())
                    .required("operation", "password"))
            .initial("operation", PasswordNode.HASH)
            .initial("password", "{{request.body.password}}")
            .initial("memoryKib", Argon2Cost.OWASP.memoryKib())
            .initial("iterations", Argon2Cost.OWASP.iterations())
            .initial("parallelism", Argon2Cost.OWASP.parallelism())
            .initial("hashLength", Argon2Cost.OWASP.hashLength())
            .initial("saltLength", Argon2Cost.OWASP.saltLength())
            .credentialOutputs(PasswordNode.HASH)
            .error(ErrorCode.INVALID_REQUEST, "hash: the password is missing, empty, not text or over 1024 bytes")
            .error(
                    ErrorCode.EXECUTION_FAILED,
                    "verify: the stored hash asks for more work than the limits (Argon2 memory over 64 MiB, more "
                            + "than 10 passes or 4 lanes, memory × passes over 256 MiB; bcrypt cost over 14)")
            .error(ErrorCode.TIMEOUT, "the hash did not finish within the execution's time")
            .ui(new UiHints(
                    "**",
                    "#7c3aed",
                    List.of("operation"),
                    Map.of("password", "template", "hash", "template"),
                    List.of(
                            "operation",
                            "password",
                            "hash",
                            "memoryKib",
                            "iterations",
                            "parallelism",
                            "hashLength",
                            "saltLength")))
            .build();

    private PasswordDescriptor() {}
}
