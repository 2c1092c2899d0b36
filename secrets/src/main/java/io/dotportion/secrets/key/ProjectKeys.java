package io.dotportion.secrets.key;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each project's data key as an unwrapped Tink {@link Aead}, cached in memory for the life of the
 * process. A keyset is created lazily, on a project's first secret. The key material of a keyset never
 * changes (a master-key rotation only rewraps it), so a cached Aead stays valid across rotations.
 */
public final class ProjectKeys {
    private final KeysetStore keysets;
    private final MasterKeys masterKeys;
    private final Clock clock;
    private final KeysetCrypto crypto = new KeysetCrypto();
    private final Map<String, Aead> cache = new ConcurrentHashMap<>();

    public ProjectKeys(KeysetStore keysets, MasterKeys masterKeys, Clock clock) {
        this.keysets = keysets;
        this.masterKeys = masterKeys;
        this.clock = clock;
    }

    /**
     * Startup: opens and caches every stored keyset; fails with MASTER_KEY_MISMATCH (changing nothing)
     * when one is wrapped by a key this process does not hold.
     */
    public KeyCheckReport openAll() {
        return new MasterKeyCheck(keysets).verify(masterKeys, cache::put);
    }

    /** The project's Aead, or empty when it has no keyset yet. */
    public Optional<Aead> existing(String projectId) {
        Aead cached = cache.get(projectId);
        if (cached != null) {
            return Optional.of(cached);
        }
        return keysets.find(projectId).map(this::open).map(aead -> remember(projectId, aead));
    }

    /** The project's Aead, creating and storing a new keyset when it has none. */
    public Aead forWriting(String projectId) {
        return existing(projectId).orElseGet(() -> create(projectId));
    }

    /** Deletes a project's keyset and forgets its key: its secrets can never be opened again. */
    public void delete(String projectId) {
        keysets.delete(projectId);
        cache.remove(projectId);
    }

    private Aead create(String projectId) {
        try {
            KeysetHandle handle = crypto.generate();
            byte[] wrapped = crypto.wrap(handle, masterKeys.primary(), projectId);
            WrappedKeyset keyset =
                    new WrappedKeyset(projectId, masterKeys.primary().keyId(), wrapped, 1, clock.instant(), null);
            if (keysets.insertIfAbsent(keyset)) {
                return remember(projectId, crypto.aead(handle));
            }
        } catch (GeneralSecurityException e) {
            throw new ProjectKeyUnavailableException(
                    projectId, "a data key for project " + projectId + " could not be created");
        }
        return existing(projectId)
                .orElseThrow(() -> new ProjectKeyUnavailableException(
                        projectId, "the data key of project " + projectId + " vanished while it was being created"));
    }

    private Aead remember(String projectId, Aead aead) {
        Aead previous = cache.putIfAbsent(projectId, aead);
        return previous == null ? aead : previous;
    }

    private Aead open(WrappedKeyset keyset) {
        MasterKey key = masterKeys
                .byId(keyset.masterKeyId())
                .orElseThrow(() -> new ProjectKeyUnavailableException(
                        keyset.projectId(),
                        "the data key of project " + keyset.projectId() + " is wrapped by master key "
                                + keyset.masterKeyId() + ", which this process does not hold (it holds "
                                + masterKeys.describeIds() + ")"));
        try {
            return crypto.aead(crypto.unwrap(keyset.wrapped(), key, keyset.projectId()));
        } catch (GeneralSecurityException e) {
            throw new ProjectKeyUnavailableException(
                    keyset.projectId(),
                    "the data key of project " + keyset.projectId() + " does not open with master key " + key.keyId()
                            + ": the stored key is damaged");
        }
    }
}
