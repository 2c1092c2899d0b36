package io.dotportion.secrets.key;

import java.util.Optional;

/**
 * The master keys a process may use: {@code primary} wraps new keysets and opens keysets it wrapped;
 * the optional {@code previous} only opens keysets still wrapped by it (while a rotation rolls out).
 */
public record MasterKeys(MasterKey primary, Optional<MasterKey> previous) {

    public MasterKeys {
        if (previous.isPresent() && previous.get().keyId().equals(primary.keyId())) {
            previous = Optional.empty();
        }
    }

    public static MasterKeys of(MasterKey primary) {
        return new MasterKeys(primary, Optional.empty());
    }

    /** The key whose id is {@code keyId}, if this process holds it. */
    public Optional<MasterKey> byId(String keyId) {
        if (primary.keyId().equals(keyId)) {
            return Optional.of(primary);
        }
        return previous.filter(key -> key.keyId().equals(keyId));
    }

    /** Key ids for messages: "primary" or "primary (or previous)". */
    public String describeIds() {
        return previous.map(p -> primary.keyId() + " (or previous " + p.keyId() + ")")
                .orElse(primary.keyId());
    }
}
