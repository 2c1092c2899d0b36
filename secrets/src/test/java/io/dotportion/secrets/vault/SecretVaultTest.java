package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.AuditEntry;
import io.dotportion.core.secret.Secret;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import io.dotportion.store.secret.MongoAuditStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecretVaultTest {
    private static final String JWT_VALUE = "a-jwt-signing-key-of-more-than-32-bytes-0001";
    private static final String MONGO_URL = "mongodb://app:pa55-Canary-9137@db.example.com:27017/shop";

    private EmbeddedMongo mongo;
    private MongoDatabase database;
    private SecretVault vault;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        database = mongo.newDatabase();
        vault = Vaults.vault(database, Vaults.randomKey());
    }

    @AfterEach
    void stop() {
        vault.close();
        mongo.close();
    }

    @Test
    void a_stored_value_resolves_to_the_same_value() {
        SecretWrite write = vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");

        Secret secret = vault.resolver("p1").resolve("signing", "jwt").orElseThrow();

        assertThat(write.created()).isTrue();
        assertThat(write.metadata().version()).isEqualTo(1);
        assertThat(secret.reveal()).isEqualTo(JWT_VALUE);
        assertThat(secret.version()).isEqualTo(1);
    }

    @Test
    void replacing_bumps_the_version_and_the_next_resolve_uses_the_new_value() {
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");
        SecretWrite second = vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE + "-two"), null, "bob");

        Secret secret = vault.resolver("p1").resolve("signing", "jwt").orElseThrow();

        assertThat(second.created()).isFalse();
        assertThat(second.metadata().version()).isEqualTo(2);
        assertThat(second.metadata().updatedBy()).isEqualTo("bob");
        assertThat(secret.reveal()).isEqualTo(JWT_VALUE + "-two");
        assertThat(secret.version()).isEqualTo(2);
    }

    @Test
    void a_secret_of_another_type_or_name_or_project_does_not_resolve() {
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");

        assertThat(vault.resolver("p1").resolve("signing", "mongodb")).isEmpty();
        assertThat(vault.resolver("p1").resolve("other", "jwt")).isEmpty();
        assertThat(vault.resolver("p2").resolve("signing", "jwt")).isEmpty();
    }

    @Test
    void list_returns_metadata_only_sorted_by_name() {
        vault.put("p1", "zeta", "jwt", SecretInput.of(JWT_VALUE), 60, "alice");
        vault.put("p1", "alpha", "mongodb", SecretInput.of(MONGO_URL), null, "alice");

        List<SecretMetadata> list = vault.list("p1");

        assertThat(list).extracting(SecretMetadata::name).containsExactly("alpha", "zeta");
        assertThat(list).extracting(SecretMetadata::type).containsExactly("mongodb", "jwt");
        assertThat(list.get(1).graceSeconds()).isEqualTo(60);
        assertThat(list.toString()).doesNotContain(JWT_VALUE).doesNotContain("pa55-Canary-9137");
    }

    @Test
    void catalog_names_secrets_by_type() {
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");
        vault.put("p1", "shop", "mongodb", SecretInput.of(MONGO_URL), null, "alice");

        assertThat(vault.catalog("p1").names("jwt")).containsExactly("signing");
        assertThat(vault.catalog("p1").names("mongodb")).containsExactly("shop");
    }

    @Test
    void delete_removes_the_secret_and_reports_absence() {
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");

        assertThat(vault.delete("p1", "signing", "alice")).isTrue();
        assertThat(vault.delete("p1", "signing", "alice")).isFalse();
        assertThat(vault.resolver("p1").resolve("signing", "jwt")).isEmpty();
        assertThat(vault.list("p1")).isEmpty();
    }

    @Test
    void create_replace_and_delete_are_audited_newest_first_without_values() {
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE + "-two"), null, "bob");
        vault.delete("p1", "signing", "carol");

        List<AuditEntry> entries = new MongoAuditStore(database).list("p1", 10);

        assertThat(entries).extracting(AuditEntry::action).containsExactly("delete", "replace", "create");
        assertThat(entries).extracting(AuditEntry::actor).containsExactly("carol", "bob", "alice");
        assertThat(entries).extracting(AuditEntry::version).containsExactly(2, 2, 1);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.secretName()).isEqualTo("signing"));
        assertThat(entries.toString()).doesNotContain(JWT_VALUE);
    }

    @Test
    void a_generated_jwt_secret_has_at_least_256_random_bits() {
        vault.put("p1", "signing", "jwt", SecretInput.generate(), null, "alice");
        vault.put("p1", "other", "jwt", SecretInput.generate(), null, "alice");

        String first =
                vault.resolver("p1").resolve("signing", "jwt").orElseThrow().reveal();
        String second =
                vault.resolver("p1").resolve("other", "jwt").orElseThrow().reveal();

        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isGreaterThanOrEqualTo(32);
        assertThat(first).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second);
    }

    @Test
    void a_short_jwt_value_is_rejected_without_echoing_it() {
        assertThatThrownBy(() -> vault.put("p1", "signing", "jwt", SecretInput.of("too-short-canary"), null, "alice"))
                .isInstanceOfSatisfying(SecretInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_SECRET_VALUE);
                    assertThat(e.getMessage()).contains("at least 32 bytes").doesNotContain("too-short-canary");
                });
        assertThat(vault.list("p1")).isEmpty();
    }

    @Test
    void generating_a_mongodb_secret_is_rejected() {
        assertThatThrownBy(() -> vault.put("p1", "db", "mongodb", SecretInput.generate(), null, "alice"))
                .isInstanceOfSatisfying(
                        SecretInputException.class,
                        e -> assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_SECRET_VALUE));
    }

    @Test
    void invalid_names_and_types_are_rejected() {
        for (String name : List.of("", "Upper", "with space", "dots.no", "x".repeat(65))) {
            assertThatThrownBy(() -> vault.put("p1", name, "jwt", SecretInput.generate(), null, "alice"))
                    .isInstanceOfSatisfying(
                            SecretInputException.class,
                            e -> assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_SECRET_NAME));
        }
        assertThatThrownBy(() -> vault.put("p1", "ok", "password", SecretInput.generate(), null, "alice"))
                .isInstanceOfSatisfying(
                        SecretInputException.class,
                        e -> assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_SECRET_TYPE));
        assertThat(vault.put("p1", "a-b_c9", "jwt", SecretInput.generate(), null, "alice")
                        .created())
                .isTrue();
    }

    @Test
    void a_negative_grace_window_is_rejected() {
        assertThatThrownBy(() -> vault.put("p1", "signing", "jwt", SecretInput.generate(), -1, "alice"))
                .isInstanceOfSatisfying(
                        SecretInputException.class,
                        e -> assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_GRACE_SECONDS));
    }

    @Test
    void changing_the_type_of_a_secret_is_refused() {
        vault.put("p1", "thing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");

        assertThatThrownBy(() -> vault.put("p1", "thing", "mongodb", SecretInput.of(MONGO_URL), null, "alice"))
                .isInstanceOfSatisfying(SecretInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(SecretInputException.Code.SECRET_TYPE_CHANGED);
                    assertThat(e.getMessage()).doesNotContain("pa55-Canary-9137");
                });
        assertThat(vault.resolver("p1").resolve("thing", "jwt").orElseThrow().reveal())
                .isEqualTo(JWT_VALUE);
    }

    @Test
    void deleting_a_project_destroys_its_data_key_and_secrets() {
        vault.put("p1", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");
        vault.put("p2", "signing", "jwt", SecretInput.of(JWT_VALUE), null, "alice");

        vault.deleteProject("p1", "alice");

        assertThat(vault.list("p1")).isEmpty();
        assertThat(database.getCollection("projectKeysets").countDocuments()).isEqualTo(1);
        assertThat(vault.resolver("p2").resolve("signing", "jwt")).isPresent();
    }
}
