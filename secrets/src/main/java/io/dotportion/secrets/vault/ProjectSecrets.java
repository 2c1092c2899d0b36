package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory copy of one project's sealed secret records, with the change stamp read
 * before the records were: a newer stamp in the store means this copy may be stale.
 */
record ProjectSecrets(long stamp, Map<String, SecretRecord> byName) {

    ProjectSecrets {
        byName = Map.copyOf(byName);
    }

    Optional<SecretRecord> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Keeps whichever copy reflects the later stamp (equal stamps: the newer load). */
    static ProjectSecrets newer(ProjectSecrets cached, ProjectSecrets loaded) {
        return loaded.stamp >= cached.stamp ? loaded : cached;
    }
}
