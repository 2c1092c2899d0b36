package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import java.util.Map;

/**
 * How a put applies: to which environment's value ({@code live} by default), as a staged version or not,
 * and the secret's settings ({@code graceSeconds}, {@code testUsesLive}; null keeps what the secret has, or
 * the default for a new one: 0 and false), and the type's {@code metadata} (an {@code apiKey}'s {@code in} and
 * {@code name}; null keeps the secret's).
 */
public record SecretWriteOptions(
        String environment, boolean stage, Integer graceSeconds, Boolean testUsesLive, Map<String, String> metadata) {
    public static final SecretWriteOptions LIVE = new SecretWriteOptions(SecretRecord.LIVE, false, null, null);

    /** Options that keep the secret's metadata. */
    public SecretWriteOptions(String environment, boolean stage, Integer graceSeconds, Boolean testUsesLive) {
        this(environment, stage, graceSeconds, testUsesLive, null);
    }

    public SecretWriteOptions {
        environment = environment == null ? SecretRecord.LIVE : environment;
    }

    public static SecretWriteOptions live(Integer graceSeconds) {
        return new SecretWriteOptions(SecretRecord.LIVE, false, graceSeconds, null);
    }
}
