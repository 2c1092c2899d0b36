package io.dotportion.secrets.key;

import java.util.List;

/**
 * The master key a program runs with, where it came from ("DOTPORTION_MASTER_KEY", a file path) and
 * notices to show the operator (never the key): that a key file was generated and where, or that a key
 * file is readable by other users.
 */
public record LoadedMasterKey(MasterKey key, String origin, boolean generated, List<String> notices) {
    public LoadedMasterKey {
        notices = List.copyOf(notices);
    }

    @Override
    public String toString() {
        return "LoadedMasterKey[id=" + key.keyId() + ", origin=" + origin + ", generated=" + generated + "]";
    }
}
