package io.dotportion.server.wiring;

import io.dotportion.secrets.vault.VaultSettings;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the master key comes from: {@code environmentValue} (the base64 text of
 * {@code DOTPORTION_MASTER_KEY}) or {@code keyFile} ({@code --master-key-file}), never both; with neither,
 * {@code <data>/master.key}, generated on first start. {@code previousKeyFile} holds the key a master-key
 * rotation moves away from, while servers roll over. {@code vault} bounds the secret vault. The key
 * text never prints.
 */
public record MasterKeyConfig(String environmentValue, Path keyFile, Path previousKeyFile, VaultSettings vault) {
    public static final String ENVIRONMENT_VARIABLE = "DOTPORTION_MASTER_KEY";

    public MasterKeyConfig {
        if (environmentValue != null && environmentValue.isBlank()) {
            environmentValue = null;
        }
        vault = vault == null ? VaultSettings.defaults() : vault;
    }

    /** No key given: the data directory's {@code master.key}. */
    public static MasterKeyConfig none() {
        return new MasterKeyConfig(null, null, null, VaultSettings.defaults());
    }

    public MasterKeyConfig withEnvironmentValue(String base64) {
        return new MasterKeyConfig(base64, keyFile, previousKeyFile, vault);
    }

    public MasterKeyConfig withKeyFile(Path file) {
        return new MasterKeyConfig(environmentValue, file, previousKeyFile, vault);
    }

    public MasterKeyConfig withPreviousKeyFile(Path file) {
        return new MasterKeyConfig(environmentValue, keyFile, file, vault);
    }

    public MasterKeyConfig withVault(VaultSettings settings) {
        return new MasterKeyConfig(environmentValue, keyFile, previousKeyFile, settings);
    }

    Optional<String> environment() {
        return Optional.ofNullable(environmentValue);
    }

    Optional<Path> file() {
        return Optional.ofNullable(keyFile);
    }

    @Override
    public String toString() {
        return "MasterKeyConfig[environmentValue=" + (environmentValue == null ? "unset" : "***") + ", keyFile="
                + keyFile + ", previousKeyFile=" + previousKeyFile + "]";
    }
}
