package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;

/**
 * How a put applies: to which environment's value ({@code live} by default), as a staged version or not,
 * and the secret's settings ({@code graceSeconds}, {@code testUsesLive}; null keeps what the secret has, or
 * the default for a new one: 0 and false).
 */
public record SecretWriteOptions(String environment, boolean stage, Integer graceSeconds, Boolean testUsesLive) {
    public static final SecretWriteOptions LIVE = new SecretWriteOptions(SecretRecord.LIVE, false, null, null);

    public SecretWriteOptions {
        environment = environment == null ? SecretRecord.LIVE : environment;
    }

    public static SecretWriteOptions live(Integer graceSeconds) {
        return new SecretWriteOptions(SecretRecord.LIVE, false, graceSeconds, null);
    }
}
