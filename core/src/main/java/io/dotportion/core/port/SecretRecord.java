package io.dotportion.core.port;

import java.time.Instant;
import java.util.Map;

/**
 * A stored secret: metadata and the sealed value of its current version, plus the previous version's
 * sealed value while it may still be used (JWT grace window). Never holds a plaintext value.
 * {@code previous} is null when there is none. {@code metadata} holds the secret's non-secret settings (an
 * {@code apiKey}'s {@code in} and {@code name}), stored in the clear; empty for most types.
 */
public record SecretRecord(
        String projectId,
        String name,
        String type,
        int version,
        byte[] ciphertext,
        int graceSeconds,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        Previous previous,
        Map<String, String> metadata) {

    public SecretRecord {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** A record without metadata. */
    public SecretRecord(
            String projectId,
            String name,
            String type,
            int version,
            byte[] ciphertext,
            int graceSeconds,
            Instant createdAt,
            Instant updatedAt,
            String updatedBy,
            Previous previous) {
        this(projectId, name, type, version, ciphertext, graceSeconds, createdAt, updatedAt, updatedBy, previous, null);
    }

    /** The version a replace superseded, kept for the grace window. */
    public record Previous(int version, byte[] ciphertext, Instant replacedAt) {
        @Override
        public String toString() {
            return "Previous[version=" + version + ", replacedAt=" + replacedAt + "]";
        }
    }

    @Override
    public String toString() {
        return "SecretRecord[projectId=" + projectId + ", name=" + name + ", type=" + type + ", version=" + version
                + "]";
    }
}
