package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;

/**
 * Which values a run resolves: those of {@code environment}, and with {@code staged} the staged versions
 * first (a draft test run trying values before they are promoted).
 */
public record SecretScope(String environment, boolean staged) {
    public static final SecretScope LIVE = new SecretScope(SecretRecord.LIVE, false);
    public static final SecretScope TEST = new SecretScope(SecretRecord.TEST, false);

    public SecretScope {
        if (!Environments.validName(environment)) {
            throw new IllegalArgumentException("not an environment name");
        }
    }

    public SecretScope in(String other) {
        return new SecretScope(other, staged);
    }
}
