package io.dotportion.secrets.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.AuditEntry;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.RawDocuments;
import io.dotportion.secrets.testing.Vaults;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.store.secret.MongoAuditStore;
import io.dotportion.store.secret.MongoKeysetStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MasterKeyRotationTest {
    static final List<String> PROJECTS = List.of("p1", "p2", "p3");

    private final MasterKey oldKey = Vaults.randomKey();
    private final MasterKey newKey = Vaults.randomKey();
    private EmbeddedMongo mongo;
    private MongoDatabase database;
    private MasterKeyRotation rotation;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        database = mongo.newDatabase();
        rotation =
                new MasterKeyRotation(new MongoKeysetStore(database), new MongoAuditStore(database), Clock.systemUTC());
        try (SecretVault vault = Vaults.vault(database, oldKey)) {
            for (String project : PROJECTS) {
                vault.put(project, "signing", "jwt", SecretInput.of(valueOf(project)), null, "alice");
            }
        }
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    static String valueOf(String project) {
        return "jwt-key-of-project-" + project + "-padded-to-be-long-enough";
    }

    @Test
    void rotation_rewraps_every_keyset_and_reports_the_counts() {
        RotationReport report = rotation.rotate(oldKey, newKey, "cli");

        assertThat(report).isEqualTo(new RotationReport(3, 3, 0, 0));
        assertThat(new MongoAuditStore(database).list("p2", 10)).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("rotate-master-key");
            assertThat(entry.actor()).isEqualTo("cli");
            assertThat(entry.detail()).isEqualTo("master key " + oldKey.keyId() + " -> " + newKey.keyId());
        });
    }

    @Test
    void after_rotation_the_old_key_opens_nothing_and_the_new_one_everything() {
        rotation.rotate(oldKey, newKey, "cli");
        MongoKeysetStore keysets = new MongoKeysetStore(database);

        assertThatThrownBy(() -> new MasterKeyCheck(keysets).verify(MasterKeys.of(oldKey)))
                .isInstanceOf(MasterKeyException.class);
        ProjectKeys withOldKey = new ProjectKeys(keysets, MasterKeys.of(oldKey), Clock.systemUTC());
        for (String project : PROJECTS) {
            assertThatThrownBy(() -> withOldKey.existing(project)).isInstanceOf(ProjectKeyUnavailableException.class);
        }
        assertThat(new MasterKeyCheck(keysets).verify(MasterKeys.of(newKey)).opened())
                .isEqualTo(3);
        try (SecretVault vault = Vaults.vault(database, newKey)) {
            for (String project : PROJECTS) {
                assertThat(vault.resolver(project)
                                .resolve("signing", "jwt")
                                .orElseThrow()
                                .reveal())
                        .isEqualTo(valueOf(project));
            }
        }
    }

    @Test
    void a_keyset_created_on_the_old_key_after_rotation_is_moved_by_rotating_again() {
        rotation.rotate(oldKey, newKey, "cli");
        try (SecretVault stillOnOldKey =
                Vaults.vault(database, new MasterKeys(oldKey, Optional.of(newKey)), Clock.systemUTC())) {
            stillOnOldKey.put("p9", "signing", "jwt", SecretInput.generate(), null, "alice");
        }

        assertThat(rotation.rotate(oldKey, newKey, "cli")).isEqualTo(new RotationReport(1, 4, 0, 0));
    }

    @Test
    void rotating_to_the_same_key_is_refused() {
        assertThatThrownBy(() -> rotation.rotate(oldKey, oldKey, "cli"))
                .isInstanceOfSatisfying(
                        MasterKeyException.class,
                        e -> assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_ROTATION_REFUSED));
    }

    @Test
    void rotating_with_a_wrong_old_key_is_refused_and_changes_nothing() {
        MasterKey wrong = Vaults.randomKey();
        Map<String, List<String>> before = RawDocuments.snapshot(database);

        assertThatThrownBy(() -> rotation.rotate(wrong, newKey, "cli"))
                .isInstanceOfSatisfying(MasterKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_MISMATCH);
                    assertThat(e.getMessage())
                            .contains(oldKey.keyId() + " expected")
                            .contains(wrong.keyId() + " given")
                            .contains("nothing was changed");
                });
        assertThat(RawDocuments.snapshot(database)).isEqualTo(before);
        assertThat(new MongoAuditStore(database).list("p1", 10))
                .extracting(AuditEntry::action)
                .doesNotContain("rotate-master-key");
    }
}
