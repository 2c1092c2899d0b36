package io.dotportion.secrets.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import io.dotportion.secrets.testing.MemoryKeysets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyLoaderTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path data;

    private final KeysetStore keysets = new MemoryKeysets();
    private final MasterKeyLoader loader = new MasterKeyLoader(keysets, new MasterKeyFiles(new SecureRandom()));

    @Test
    void the_environment_value_is_used_when_given() {
        LoadedMasterKey loaded = loader.load(Optional.of(KEY), Optional.empty(), data);

        assertThat(loaded.key().keyId()).isEqualTo(MasterKey.fromBase64(KEY).keyId());
        assertThat(loaded.origin()).isEqualTo("DOTPORTION_MASTER_KEY");
        assertThat(loaded.generated()).isFalse();
        assertThat(data.resolve("master.key")).doesNotExist();
    }

    @Test
    void a_key_file_is_read_when_given() throws Exception {
        Path file = data.resolve("elsewhere.key");
        Files.writeString(file, KEY + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        LoadedMasterKey loaded = loader.load(Optional.empty(), Optional.of(file), data);

        assertThat(loaded.key().keyId()).isEqualTo(MasterKey.fromBase64(KEY).keyId());
        assertThat(loaded.notices()).isEmpty();
    }

    @Test
    void a_key_file_readable_by_others_gives_a_warning() throws Exception {
        Path file = data.resolve("open.key");
        Files.writeString(file, KEY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(loader.load(Optional.empty(), Optional.of(file), data).notices())
                .singleElement()
                .asString()
                .contains("chmod 600")
                .doesNotContain(KEY);
    }

    @Test
    void both_sources_at_once_are_refused() {
        assertThatThrownBy(() -> loader.load(Optional.of(KEY), Optional.of(data.resolve("k")), data))
                .isInstanceOfSatisfying(
                        MasterKeyException.class,
                        e -> assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_AMBIGUOUS));
    }

    @Test
    void an_unusable_environment_value_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> loader.load(Optional.of("c2hvcnQtY2FuYXJ5"), Optional.empty(), data))
                .isInstanceOfSatisfying(MasterKeyException.class, e -> {
                    assertThat(e.getMessage())
                            .startsWith("DOTPORTION_MASTER_KEY is unusable")
                            .doesNotContain("c2hvcnQtY2FuYXJ5");
                });
    }

    @Test
    void with_no_key_given_an_owner_only_key_file_is_generated_once_and_reused() throws Exception {
        LoadedMasterKey first = loader.load(Optional.empty(), Optional.empty(), data);
        Path file = data.resolve("master.key");
        String stored = Files.readString(file).strip();

        assertThat(first.generated()).isTrue();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(first.notices())
                .singleElement()
                .asString()
                .contains(file.toString())
                .doesNotContain(stored);
        assertThat(Base64.getDecoder().decode(stored)).hasSize(32);
        assertThat(first.toString()).doesNotContain(stored);
        try (var listing = Files.list(data)) {
            assertThat(listing).containsExactly(file);
        }

        LoadedMasterKey second = loader.load(Optional.empty(), Optional.empty(), data);
        assertThat(second.generated()).isFalse();
        assertThat(second.key().keyId()).isEqualTo(first.key().keyId());
    }

    @Test
    void with_no_key_given_and_wrapped_keys_stored_nothing_is_generated() {
        keysets.insertIfAbsent(new WrappedKeyset("p1", "00112233aabbccdd", new byte[] {1}, 1, Instant.EPOCH, null));

        assertThatThrownBy(() -> loader.load(Optional.empty(), Optional.empty(), data))
                .isInstanceOfSatisfying(MasterKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_MISSING);
                    assertThat(e.getMessage()).contains("refusing to start").contains("nothing was changed");
                });
        assertThat(data.resolve("master.key")).doesNotExist();
    }
}
