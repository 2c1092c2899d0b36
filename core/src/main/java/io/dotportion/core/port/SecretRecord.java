package io.dotportion.core.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A stored secret: metadata and, per environment ({@code live}, {@code test}, ...), the sealed current
 * value, the value a replace or promotion superseded (kept for the JWT grace window) and a staged value no
 * deployed run uses. Never holds a plaintext value. {@code revision} counts writes (compare-and-set);
 * {@code lastVersion} is the highest value version ever issued, so versions are unique per secret across
 * environments and never reused. {@code metadata} holds the secret's non-secret settings (an {@code apiKey}'s
 * {@code in} and {@code name}), stored in the clear; empty for most types.
 */
public record SecretRecord(
        String projectId,
        String name,
        String type,
        int revision,
        int lastVersion,
        int graceSeconds,
        boolean testUsesLive,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        Map<String, Slot> environments,
        Map<String, String> metadata) {

    public static final String LIVE = "live";
    public static final String TEST = "test";

    public SecretRecord {
        environments = Map.copyOf(environments);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** One sealed value: its version, ciphertext, and when and by whom it was written. */
    public record Sealed(int version, byte[] ciphertext, Instant at, String by) {
        @Override
        public String toString() {
            return "Sealed[version=" + version + ", at=" + at + "]";
        }
    }

    /** The value a replace or promotion superseded, kept for the grace window. */
    public record Previous(int version, byte[] ciphertext, Instant replacedAt) {
        @Override
        public String toString() {
            return "Previous[version=" + version + ", replacedAt=" + replacedAt + "]";
        }
    }

    /** One environment's values; each part may be null (a slot may hold only a staged value). */
    public record Slot(Sealed current, Previous previous, Sealed staged) {
        public boolean isEmpty() {
            return current == null && staged == null;
        }
    }

    /** The same record with {@code newMetadata}. */
    public SecretRecord withMetadata(Map<String, String> newMetadata) {
        return new SecretRecord(
                projectId,
                name,
                type,
                revision,
                lastVersion,
                graceSeconds,
                testUsesLive,
                createdAt,
                updatedAt,
                updatedBy,
                environments,
                newMetadata);
    }

    public Optional<Slot> slot(String environment) {
        return Optional.ofNullable(environments.get(environment));
    }

    /** The current version of the live value, or 0 when the secret has none. */
    public int version() {
        Slot live = environments.get(LIVE);
        return live == null || live.current() == null ? 0 : live.current().version();
    }

    @Override
    public String toString() {
        return "SecretRecord[projectId=" + projectId + ", name=" + name + ", type=" + type + ", revision=" + revision
                + ", environments=" + environments.keySet() + "]";
    }
}
