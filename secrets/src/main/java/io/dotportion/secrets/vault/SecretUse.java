package io.dotportion.secrets.vault;

/**
 * Which value of a secret a run used: its environment, version and whether it was staged; never the value.
 * {@code fallback} is true when a test run used the live value because the secret has no test value and
 * allows it ({@code testUsesLive}).
 */
public record SecretUse(String name, String environment, int version, boolean staged, boolean fallback) {}
