package io.dotportion.secrets;

import io.dotportion.secrets.key.KeyCheckReport;
import io.dotportion.secrets.key.LoadedMasterKey;
import io.dotportion.secrets.vault.SecretVault;

/**
 * What {@link SecretsBootstrap#start} hands the composition root: the running vault, the master key it
 * runs with (print {@link LoadedMasterKey#notices()}, never the key) and the startup check (log
 * {@link KeyCheckReport#damagedProjects()}: their secrets fail with PROJECT_KEY_UNAVAILABLE).
 */
public record SecretsRuntime(SecretVault vault, LoadedMasterKey masterKey, KeyCheckReport check)
        implements AutoCloseable {

    @Override
    public void close() {
        vault.close();
    }
}
