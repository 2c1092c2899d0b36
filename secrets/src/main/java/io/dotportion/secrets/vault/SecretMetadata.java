package io.dotportion.secrets.vault;

import java.time.Instant;
import java.util.Map;

/**
 * What may be shown about a secret: everything but its values. {@code version} is the live value's (0 when
 * the secret has no live value); {@code environments} tells, per environment that has one, the current and
 * staged versions.
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
        Map<String, EnvironmentValue> environments) {

    public SecretMetadata {
        environments = Map.copyOf(environments);
    }

    /** One environment's state: the current version (null when only a staged one exists) and the staged one. */
    public record EnvironmentValue(Integer version, Integer stagedVersion, Instant stagedAt, String stagedBy) {}

    public boolean hasValue(String environment) {
        EnvironmentValue value = environments.get(environment);
        return value != null && value.version() != null;
    }
}
