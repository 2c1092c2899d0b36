package io.dotportion.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.RawDocuments;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.VaultSettings;
import io.dotportion.store.secret.MongoAuditStore;
import io.dotportion.store.secret.MongoKeysetStore;
import io.dotportion.store.secret.MongoSecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsBootstrapTest {
    private static final String VALUE = "bootstrap-jwt-value-long-enough-for-hmac-000001";

    @TempDir
    Path data;

    private EmbeddedMongo mongo;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        database = mongo.newDatabase();
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private SecretsBootstrap bootstrap() {
        return new SecretsBootstrap(
                new MongoSecretStore(database),
                new MongoKeysetStore(database),
                new MongoAuditStore(database),
                Clock.systemUTC(),
                new SecureRandom(),
                VaultSettings.defaults(),
                io.dotportion.secrets.testing.Vaults.LOOPBACK_ALLOWED);
    }

    @Test
    void a_first_start_generates_a_key_and_a_restart_opens_what_it_stored() {
        try (SecretsRuntime first = bootstrap().start(Optional.empty(), Optional.empty(), Optional.empty(), data)) {
            assertThat(first.masterKey().generated()).isTrue();
            assertThat(first.masterKey().notices())
                    .singleElement()
                    .asString()
                    .contains(data.resolve("master.key").toString());
            first.vault().put("p1", "signing", "jwt", SecretInput.of(VALUE), null, "alice");
        }

        try (SecretsRuntime second = bootstrap().start(Optional.empty(), Optional.empty(), Optional.empty(), data)) {
            assertThat(second.masterKey().generated()).isFalse();
            assertThat(second.check().opened()).isEqualTo(1);
            assertThat(second.vault()
                            .resolver("p1")
                            .resolve("signing", "jwt")
                            .orElseThrow()
                            .reveal())
                    .isEqualTo(VALUE);
        }
    }

    @Test
    void a_start_with_another_key_is_refused_and_changes_nothing() throws Exception {
        try (SecretsRuntime first = bootstrap().start(Optional.empty(), Optional.empty(), Optional.empty(), data)) {
            first.vault().put("p1", "signing", "jwt", SecretInput.of(VALUE), null, "alice");
        }
        Map<String, List<String>> before = RawDocuments.snapshot(database);
        byte[] keyFileBefore = Files.readAllBytes(data.resolve("master.key"));
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> bootstrap().start(Optional.of(otherKey), Optional.empty(), Optional.empty(), data))
                .isInstanceOfSatisfying(MasterKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_MISMATCH);
                    assertThat(e.getMessage())
                            .startsWith("the master key does not open the stored project keys (key id ")
                            .endsWith("given); refusing to start; nothing was changed")
                            .doesNotContain(otherKey);
                });
        assertThat(RawDocuments.snapshot(database)).isEqualTo(before);
        assertThat(Files.readAllBytes(data.resolve("master.key"))).isEqualTo(keyFileBefore);
        try (var files = Files.list(data)) {
            assertThat(files).containsExactly(data.resolve("master.key"));
        }
    }

    @Test
    void read_or_create_makes_a_new_key_file_once_then_reads_it() {
        MasterKeyFiles files = new MasterKeyFiles(new SecureRandom());
        Path file = data.resolve("new.key");

        var created = files.readOrCreate(file);
        var read = files.readOrCreate(file);

        assertThat(created.generated()).isTrue();
        assertThat(read.generated()).isFalse();
        assertThat(read.key().keyId()).isEqualTo(created.key().keyId());
    }
}
