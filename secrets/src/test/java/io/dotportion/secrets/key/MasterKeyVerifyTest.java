package io.dotportion.secrets.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.RawDocuments;
import io.dotportion.secrets.testing.Vaults;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.store.secret.MongoKeysetStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MasterKeyVerifyTest {
    private final MasterKey right = Vaults.randomKey();
    private final MasterKey wrong = Vaults.randomKey();
    private EmbeddedMongo mongo;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        database = mongo.newDatabase();
        try (SecretVault vault = Vaults.vault(database, right)) {
            vault.put("p1", "signing", "jwt", SecretInput.generate(), null, "alice");
            vault.put("p2", "signing", "jwt", SecretInput.generate(), null, "alice");
        }
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void the_right_key_opens_every_stored_keyset() {
        KeyCheckReport report = new MasterKeyCheck(new MongoKeysetStore(database)).verify(MasterKeys.of(right));

        assertThat(report.opened()).isEqualTo(2);
        assertThat(report.damagedProjects()).isEmpty();
    }

    @Test
    void a_wrong_key_fails_the_check_with_both_key_ids_and_changes_nothing() {
        Map<String, List<String>> before = RawDocuments.snapshot(database);

        assertThatThrownBy(() -> Vaults.vault(database, wrong)).isInstanceOfSatisfying(MasterKeyException.class, e -> {
            assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_MISMATCH);
            assertThat(e.getMessage())
                    .isEqualTo("the master key does not open the stored project keys (key id " + right.keyId()
                            + " expected, " + wrong.keyId() + " given); refusing to start; nothing was changed");
        });

        assertThat(RawDocuments.snapshot(database)).isEqualTo(before);
    }

    @Test
    void a_keyset_with_a_matching_id_that_does_not_open_is_reported_damaged() {
        byte[] garbage = new byte[64];
        var keysets = new MongoKeysetStore(database);
        var p1 = keysets.find("p1").orElseThrow();
        keysets.replace(
                new io.dotportion.core.port.WrappedKeyset(
                        "p1", p1.masterKeyId(), garbage, p1.revision() + 1, p1.createdAt(), null),
                p1.masterKeyId(),
                p1.revision());

        KeyCheckReport report = new MasterKeyCheck(keysets).verify(new MasterKeys(right, Optional.empty()));

        assertThat(report.opened()).isEqualTo(1);
        assertThat(report.damagedProjects()).containsExactly("p1");
    }
}
