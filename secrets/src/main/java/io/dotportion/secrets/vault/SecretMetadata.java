package io.dotportion.secrets.vault;

import java.time.Instant;

/** What may be shown about a secret: everything but its value. */
public record SecretMetadata(
        String name,
        String type,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        int graceSeconds) {}
