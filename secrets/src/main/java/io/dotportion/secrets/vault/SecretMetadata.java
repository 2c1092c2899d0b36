package io.dotportion.secrets.vault;

import java.time.Instant;
import java.util.Map;

/**
 * What may be shown about a secret: everything but its value. {@code metadata} is the type's non-secret
 * settings (an {@code apiKey}'s {@code in} and {@code name}); empty for the other types.
 */
public record SecretMetadata(
        String name,
        String type,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        int graceSeconds,
        Map<String, String> metadata) {

    public SecretMetadata {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public SecretMetadata(
            String name,
            String type,
            int version,
            Instant createdAt,
            Instant updatedAt,
            String updatedBy,
            int graceSeconds) {
        this(name, type, version, createdAt, updatedAt, updatedBy, graceSeconds, Map.of());
    }
}
