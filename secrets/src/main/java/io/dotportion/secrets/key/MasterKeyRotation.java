package io.dotportion.secrets.key;

import com.google.crypto.tink.KeysetHandle;
import io.dotportion.core.port.AuditEntry;
import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewraps every project keyset from the old master key to the new one, online: each keyset is one
 * document replaced atomically on the condition that it is still at the revision and key id read, and
 * the key material inside does not change, so running servers keep serving from the Aeads they hold in
 * memory. Every keyset wrapped by the old key is opened before anything is written: if one does not
 * open, nothing is changed. Running servers should then be restarted with the new key (passing the old
 * one as the previous key while they roll over); a keyset a server created with the old key during the
 * rotation is counted in {@code onOldKey} and moved by running the rotation again.
 */
public final class MasterKeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(MasterKeyRotation.class);
    private static final int ATTEMPTS = 3;

    private final KeysetStore keysets;
    private final AuditStore audit;
    private final Clock clock;
    private final KeysetCrypto crypto = new KeysetCrypto();

    public MasterKeyRotation(KeysetStore keysets, AuditStore audit, Clock clock) {
        this.keysets = keysets;
        this.audit = audit;
        this.clock = clock;
    }

    public RotationReport rotate(MasterKey oldKey, MasterKey newKey, String actor) {
        if (oldKey.keyId().equals(newKey.keyId())) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_ROTATION_REFUSED,
                    "the new master key is the same as the old one (key id " + oldKey.keyId()
                            + "); nothing was changed");
        }
        List<Opened> opened = openAllOnOldKey(oldKey, newKey);
        int rewrapped = 0;
        for (Opened entry : opened) {
            if (rewrap(entry, oldKey, newKey, actor)) {
                rewrapped++;
            }
        }
        RotationReport report = count(oldKey, newKey, rewrapped);
        LOG.info(
                "master key rotation {} -> {}: {} rewrapped, {} on the new key, {} on the old key, {} on other keys",
                oldKey.keyId(),
                newKey.keyId(),
                report.rewrapped(),
                report.onNewKey(),
                report.onOldKey(),
                report.onOtherKeys());
        return report;
    }

    private record Opened(WrappedKeyset keyset, KeysetHandle handle) {}

    private List<Opened> openAllOnOldKey(MasterKey oldKey, MasterKey newKey) {
        List<WrappedKeyset> all = keysets.all();
        Set<String> foreign = MasterKeyCheck.foreignKeyIds(all, new MasterKeys(oldKey, Optional.of(newKey)));
        if (!foreign.isEmpty()) {
            throw MasterKeyCheck.mismatch("the old master key", foreign, oldKey.keyId(), "refusing to rotate");
        }
        List<Opened> opened = new ArrayList<>();
        for (WrappedKeyset keyset : all) {
            if (keyset.masterKeyId().equals(oldKey.keyId())) {
                opened.add(new Opened(keyset, unwrapOrRefuse(keyset, oldKey)));
            }
        }
        return opened;
    }

    private KeysetHandle unwrapOrRefuse(WrappedKeyset keyset, MasterKey oldKey) {
        try {
            return crypto.unwrap(keyset.wrapped(), oldKey, keyset.projectId());
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_MISMATCH,
                    "the data key of project "
                            + keyset.projectId() + " does not open with the old master key " + oldKey.keyId()
                            + " (it is damaged); refusing to rotate; nothing was changed");
        }
    }

    private boolean rewrap(Opened entry, MasterKey oldKey, MasterKey newKey, String actor) {
        WrappedKeyset current = entry.keyset();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            WrappedKeyset next = new WrappedKeyset(
                    current.projectId(),
                    newKey.keyId(),
                    wrap(entry.handle(), newKey, current),
                    current.revision() + 1,
                    current.createdAt(),
                    clock.instant());
            if (keysets.replace(next, oldKey.keyId(), current.revision())) {
                audit.record(new AuditEntry(
                        null,
                        clock.instant(),
                        actor,
                        current.projectId(),
                        "rotate-master-key",
                        null,
                        null,
                        "master key " + oldKey.keyId() + " -> " + newKey.keyId()));
                return true;
            }
            Optional<WrappedKeyset> reread = keysets.find(current.projectId());
            if (reread.isEmpty() || !reread.get().masterKeyId().equals(oldKey.keyId())) {
                return false; // deleted, or moved by a concurrent rotation
            }
            current = reread.get();
        }
        return false;
    }

    private byte[] wrap(KeysetHandle handle, MasterKey newKey, WrappedKeyset keyset) {
        try {
            return crypto.wrap(handle, newKey, keyset.projectId());
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_ROTATION_REFUSED,
                    "the data key of project " + keyset.projectId() + " could not be wrapped with the new master key");
        }
    }

    private RotationReport count(MasterKey oldKey, MasterKey newKey, int rewrapped) {
        int onNew = 0;
        int onOld = 0;
        int other = 0;
        for (WrappedKeyset keyset : keysets.all()) {
            if (keyset.masterKeyId().equals(newKey.keyId())) {
                onNew++;
            } else if (keyset.masterKeyId().equals(oldKey.keyId())) {
                onOld++;
            } else {
                other++;
            }
        }
        return new RotationReport(rewrapped, onNew, onOld, other);
    }
}
