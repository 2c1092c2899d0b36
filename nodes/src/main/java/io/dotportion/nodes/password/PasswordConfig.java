package io.dotportion.nodes.password;

import io.dotportion.core.template.ValueTemplate;

/**
 * The data of a password node.
 *
 * @param operation   {@code hash} or {@code verify} (required)
 * @param password    a template resolving to the password to hash, or the candidate to check (required)
 * @param hash        {@code verify} only: a template resolving to the stored hash (Argon2 or bcrypt)
 * @param memoryKib   Argon2id memory cost in KiB; 19456 (19 MiB, OWASP's first choice) when absent
 * @param iterations  Argon2id passes; 2 when absent
 * @param parallelism Argon2id lanes; 1 when absent
 * @param hashLength  bytes of hash output; 32 when absent
 * @param saltLength  bytes of random salt; 16 when absent
 */
public record PasswordConfig(
        String operation,
        ValueTemplate password,
        ValueTemplate hash,
        Integer memoryKib,
        Integer iterations,
        Integer parallelism,
        Integer hashLength,
        Integer saltLength) {}
