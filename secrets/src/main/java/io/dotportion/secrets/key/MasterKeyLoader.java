package io.dotportion.secrets.key;

import io.dotportion.core.port.KeysetStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the master key for {@code serve}: {@code DOTPORTION_MASTER_KEY} (base64 of 32 bytes) or a key
 * file ({@code --master-key-file}), never both; with neither, {@code <data>/master.key}, generated
 * (owner-only) on first start. A key is generated only while the store holds no wrapped keysets: a lost
 * key file next to existing data is an error, not a reason to start over.
 */
public final class MasterKeyLoader {
    public static final String ENVIRONMENT_VARIABLE = "DOTPORTION_MASTER_KEY";
    public static final String DEFAULT_FILE_NAME = "master.key";

    private final KeysetStore keysets;
    private final MasterKeyFiles files;

    public MasterKeyLoader(KeysetStore keysets, MasterKeyFiles files) {
        this.keysets = keysets;
        this.files = files;
    }

    /**
     * @param environmentValue the value of {@code DOTPORTION_MASTER_KEY}, if set and not blank
     * @param keyFile          the {@code --master-key-file} argument, if given
     * @param dataDirectory    the data directory that holds the default key file
     */
    public LoadedMasterKey load(Optional<String> environmentValue, Optional<Path> keyFile, Path dataDirectory) {
        Optional<String> fromEnvironment = environmentValue.filter(value -> !value.isBlank());
        if (fromEnvironment.isPresent() && keyFile.isPresent()) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_AMBIGUOUS,
                    "both " + ENVIRONMENT_VARIABLE + " and --master-key-file are set; give only one");
        }
        if (fromEnvironment.isPresent()) {
            return new LoadedMasterKey(
                    fromEnvironmentValue(fromEnvironment.get()), ENVIRONMENT_VARIABLE, false, List.of());
        }
        if (keyFile.isPresent()) {
            return fromFile(keyFile.get());
        }
        Path defaultFile = dataDirectory.resolve(DEFAULT_FILE_NAME);
        return Files.exists(defaultFile) ? fromFile(defaultFile) : generate(defaultFile);
    }

    private static MasterKey fromEnvironmentValue(String value) {
        try {
            return MasterKey.fromBase64(value);
        } catch (MasterKeyException e) {
            throw new MasterKeyException(e.code(), ENVIRONMENT_VARIABLE + " is unusable: " + e.getMessage());
        }
    }

    private LoadedMasterKey fromFile(Path file) {
        MasterKey key = files.read(file);
        List<String> notices = new ArrayList<>();
        files.permissionWarning(file).ifPresent(notices::add);
        return new LoadedMasterKey(key, file.toString(), false, notices);
    }

    private LoadedMasterKey generate(Path file) {
        long stored = keysets.count();
        if (stored > 0) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_MISSING,
                    "no master key is configured and "
                            + file + " does not exist, but the store holds " + stored
                            + " project keys wrapped by a master key; give it with "
                            + ENVIRONMENT_VARIABLE + " or --master-key-file; refusing to start; nothing was changed");
        }
        MasterKey key = files.create(file);
        String notice =
                "generated a new master key in " + file + " (owner-only); back it up and keep it apart from the data: "
                        + "without it the stored secrets cannot be decrypted";
        return new LoadedMasterKey(key, file.toString(), true, List.of(notice));
    }
}
