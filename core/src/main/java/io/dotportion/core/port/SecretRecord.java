package io.dotportion.core.port;

import java.time.Instant;

/**
 * A stored secret: metadata and the sealed value of its current version, plus the previous version's
 * sealed value while it may still be used (JWT grace window). Never holds a plaintext value.
 * {@code previous} is null when there is none.
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
        Previous previous) {

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
