package io.dotportion.secrets.key;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The startup check: every stored keyset must be wrapped by a master key this process holds. Reads
 * only; a failing check changes nothing.
 */
public final class MasterKeyCheck {
    private final KeysetStore keysets;
    private final KeysetCrypto crypto = new KeysetCrypto();

    public MasterKeyCheck(KeysetStore keysets) {
        this.keysets = keysets;
    }

    /**
     * Opens every stored keyset. Throws {@link MasterKeyException} with code MASTER_KEY_MISMATCH when a
     * keyset is wrapped by a key id the given keys do not have; reports keysets that carry a matching
     * id yet do not open as damaged.
     */
    public KeyCheckReport verify(MasterKey key) {
        return verify(MasterKeys.of(key));
    }

    /** As {@link #verify(MasterKey)}, accepting keysets wrapped by the primary or the previous key. */
    public KeyCheckReport verify(MasterKeys keys) {
        return verify(keys, (projectId, aead) -> {});
    }

    KeyCheckReport verify(MasterKeys keys, BiConsumer<String, Aead> onOpened) {
        List<WrappedKeyset> all = keysets.all();
        Set<String> foreignIds = foreignKeyIds(all, keys);
        if (!foreignIds.isEmpty()) {
            throw mismatch("the master key", foreignIds, keys.describeIds(), "refusing to start");
        }
        int opened = 0;
        List<String> damaged = new ArrayList<>();
        for (WrappedKeyset keyset : all) {
            Optional<Aead> aead = open(keyset, keys);
            if (aead.isPresent()) {
                onOpened.accept(keyset.projectId(), aead.get());
                opened++;
            } else {
                damaged.add(keyset.projectId());
            }
        }
        return new KeyCheckReport(opened, damaged);
    }

    static Set<String> foreignKeyIds(List<WrappedKeyset> all, MasterKeys keys) {
        Set<String> foreignIds = new TreeSet<>();
        for (WrappedKeyset keyset : all) {
            if (keys.byId(keyset.masterKeyId()).isEmpty()) {
                foreignIds.add(keyset.masterKeyId());
            }
        }
        return foreignIds;
    }

    static MasterKeyException mismatch(String subject, Set<String> expected, String given, String refusal) {
        return new MasterKeyException(
                MasterKeyException.Code.MASTER_KEY_MISMATCH,
                subject
                        + " does not open the stored project keys (key id " + String.join(", ", expected)
                        + " expected, "
                        + given + " given); " + refusal + "; nothing was changed");
    }

    private Optional<Aead> open(WrappedKeyset keyset, MasterKeys keys) {
        MasterKey key = keys.byId(keyset.masterKeyId()).orElseThrow();
        try {
            return Optional.of(crypto.aead(crypto.unwrap(keyset.wrapped(), key, keyset.projectId())));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
