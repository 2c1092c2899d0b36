package io.dotportion.secrets.vault;

import java.time.Instant;
import java.util.Map;

/**
 * What may be shown about a secret: everything but its values. {@code version} is the live value's (0 when
 * the secret has no live value); {@code environments} tells, per environment that has one, the current and
 * staged versions; {@code metadata} the type's non-secret settings (an {@code apiKey}'s {@code in} and
 * {@code name}), empty for the other types.
 */
public record SecretMetadata(
        String name,
        String type,
        int version,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        int graceSeconds,
        boolean testUsesLive,
        Map<String, EnvironmentValue> environments,
        Map<String, String> metadata) {

    public SecretMetadata {
        environments = Map.copyOf(environments);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** One environment's state: the current version (null when only a staged one exists) and the staged one. */
    public record EnvironmentValue(Integer version, Integer stagedVersion, Instant stagedAt, String stagedBy) {}

    public boolean hasValue(String environment) {
        EnvironmentValue value = environments.get(environment);
        return value != null && value.version() != null;
    }
}
