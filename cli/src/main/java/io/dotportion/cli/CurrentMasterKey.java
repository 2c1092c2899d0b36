package io.dotportion.cli;

import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.secrets.key.MasterKeyFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/** The master key a command works with: DOTPORTION_MASTER_KEY, a key file, or the data directory's master.key. */
final class CurrentMasterKey {
    static final String ENVIRONMENT_VARIABLE = "DOTPORTION_MASTER_KEY";
    static final String DEFAULT_FILE_NAME = "master.key";

    private CurrentMasterKey() {}

    static MasterKey find(String environmentValue, Path keyFile, Path dataDir, MasterKeyFiles files) {
        boolean fromEnvironment = environmentValue != null && !environmentValue.isBlank();
        if (fromEnvironment && keyFile != null) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_AMBIGUOUS,
                    "both " + ENVIRONMENT_VARIABLE + " and --master-key-file are set; give only one");
        }
        if (fromEnvironment) {
            try {
                return MasterKey.fromBase64(environmentValue);
            } catch (MasterKeyException e) {
                throw new MasterKeyException(e.code(), ENVIRONMENT_VARIABLE + " is unusable: " + e.getMessage());
            }
        }
        Path file = keyFile != null ? keyFile : dataDir.resolve(DEFAULT_FILE_NAME);
        if (!Files.exists(file)) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_MISSING,
                    "no current master key: set " + ENVIRONMENT_VARIABLE + ", give --master-key-file, or keep it in "
                            + file);
        }
        return files.read(file);
    }
}
