package io.dotportion.secrets.testing;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.egress.EgressRules;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeys;
import io.dotportion.secrets.key.ProjectKeys;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.secrets.vault.VaultSettings;
import io.dotportion.store.secret.MongoAuditStore;
import io.dotportion.store.secret.MongoKeysetStore;
import io.dotportion.store.secret.MongoSecretStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/** Builds vaults over the Mongo stores, the way the composition root does. */
public final class Vaults {
    /** The egress policy of these tests: the default rules with loopback allowed. */
    public static final EgressPolicy LOOPBACK_ALLOWED = EgressRules.allowing("127.0.0.1");

    private Vaults() {}

    public static MasterKey randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return MasterKey.fromBase64(Base64.getEncoder().encodeToString(bytes));
    }

    public static SecretVault vault(MongoDatabase database, MasterKeys keys, Clock clock) {
        ProjectKeys projectKeys = new ProjectKeys(new MongoKeysetStore(database), keys, clock);
        projectKeys.openAll();
        return new SecretVault(
                new MongoSecretStore(database),
                projectKeys,
                new MongoAuditStore(database),
                clock,
                new SecureRandom(),
                VaultSettings.defaults(),
                LOOPBACK_ALLOWED);
    }

    public static SecretVault vault(MongoDatabase database, MasterKey key) {
        return vault(database, MasterKeys.of(key), Clock.systemUTC());
    }
}
