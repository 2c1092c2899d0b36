package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve writes to its data directory is its owner's only: the directory 700, the store and key files 600. */
class FileModesTest {
    @TempDir
    Path dir;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_first_start_makes_the_data_directory_store_file_and_master_key_owner_only() throws Exception {
        Path data = dir.resolve("data");
        try (Platform ignored = Platform.start(PlatformConfig.forTests(data))) {
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("store.mv"))).isEqualTo("rw-------");
            assertThat(mode(data.resolve("master.key"))).isEqualTo("rw-------");
        }
    }

    @Test
    void with_an_external_store_the_data_directory_made_for_the_master_key_is_owner_only() throws Exception {
        Path store = dir.resolve("store");
        Path data = dir.resolve("nested/data");
        try (var embedded = io.dotportion.store.embedded.EmbeddedMongo.start(store, 0);
                Platform ignored =
                        Platform.start(PlatformConfig.forTests(data).withMongoUrl(embedded.connectionString()))) {
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("master.key"))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_data_directory_and_store_file_left_open_by_an_older_version_are_narrowed() throws Exception {
        Path data = dir.resolve("old");
        try (Platform ignored = Platform.start(PlatformConfig.forTests(data))) {
            // first start creates everything
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("store.mv"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Platform ignored = Platform.start(PlatformConfig.forTests(data))) {
            assertThat(mode(data)).isEqualTo("rwx------");
            assertThat(mode(data.resolve("store.mv"))).isEqualTo("rw-------");
        }
    }
}
