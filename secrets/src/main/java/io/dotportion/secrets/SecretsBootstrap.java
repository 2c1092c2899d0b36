package io.dotportion.secrets;

import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.SecretStore;
import io.dotportion.secrets.key.KeyCheckReport;
import io.dotportion.secrets.key.LoadedMasterKey;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.secrets.key.MasterKeyLoader;
import io.dotportion.secrets.key.MasterKeys;
import io.dotportion.secrets.key.ProjectKeys;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.secrets.vault.VaultSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * The startup sequence of {@code serve}: find the master key, check that it opens every stored project
 * keyset (warming the in-memory keys), then start the vault. A failing step throws
 * {@link io.dotportion.secrets.key.MasterKeyException} with a clear message and changes nothing.
 */
public final class SecretsBootstrap {
    private final SecretStore secrets;
    private final KeysetStore keysets;
    private final AuditStore audit;
    private final Clock clock;
    private final SecureRandom random;
    private final VaultSettings settings;
    private final EgressPolicy egress;

    public SecretsBootstrap(
            SecretStore secrets,
            KeysetStore keysets,
            AuditStore audit,
            Clock clock,
            SecureRandom random,
            VaultSettings settings,
            EgressPolicy egress) {
        this.secrets = secrets;
        this.keysets = keysets;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
        this.settings = settings;
        this.egress = egress;
    }

    /**
     * @param environmentKey the value of {@code DOTPORTION_MASTER_KEY}, if set
     * @param keyFile        {@code --master-key-file}, if given
     * @param previousKey    the master key a rotation is moving away from, while servers roll over
     * @param dataDirectory  where {@code master.key} lives when no key is given
     */
    public SecretsRuntime start(
            Optional<String> environmentKey,
            Optional<Path> keyFile,
            Optional<MasterKey> previousKey,
            Path dataDirectory) {
        LoadedMasterKey loaded =
                new MasterKeyLoader(keysets, new MasterKeyFiles(random)).load(environmentKey, keyFile, dataDirectory);
        ProjectKeys projectKeys = new ProjectKeys(keysets, new MasterKeys(loaded.key(), previousKey), clock);
        KeyCheckReport check = projectKeys.openAll();
        SecretVault vault = new SecretVault(secrets, projectKeys, audit, clock, random, settings, egress);
        return new SecretsRuntime(vault, loaded, check);
    }
}
