package io.dotportion.server.wiring;

import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.secrets.SecretsBootstrap;
import io.dotportion.secrets.SecretsRuntime;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyFiles;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the secret vault: finds the master key, checks that it opens every stored project key, and logs
 * what the operator must know (where a generated key file is, projects whose key is damaged), never a key.
 * A key that does not open the stored keys throws {@link io.dotportion.secrets.key.MasterKeyException}
 * before anything is written.
 */
final class SecretsStartup {
    private static final Logger LOG = LoggerFactory.getLogger(SecretsStartup.class);

    private SecretsStartup() {}

    static SecretsRuntime start(
            PlatformConfig config, Storage storage, Clock clock, SecureRandom random, EgressPolicy egress) {
        MasterKeyConfig key = config.masterKey();
        Optional<MasterKey> previous =
                Optional.ofNullable(key.previousKeyFile()).map(file -> new MasterKeyFiles(random).read(file));
        SecretsRuntime runtime = new SecretsBootstrap(
                        storage.secrets(), storage.keysets(), storage.audit(), clock, random, key.vault(), egress)
                .start(key.environment(), key.file(), previous, config.dataDir());
        runtime.masterKey().notices().forEach(notice -> LOG.warn("{}", notice));
        LOG.info(
                "master key {} from {}; {} project key(s) open",
                runtime.masterKey().key().keyId(),
                runtime.masterKey().origin(),
                runtime.check().opened());
        if (!runtime.check().damagedProjects().isEmpty()) {
            LOG.warn(
                    "the stored data keys of projects {} do not open (damaged); their secrets fail with "
                            + "PROJECT_KEY_UNAVAILABLE",
                    runtime.check().damagedProjects());
        }
        return runtime;
    }
}
