package io.dotportion.secrets.vault;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.redact.ExecutionRedactor;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CiphertextBindingTest {
    private static final String VALUE_A = "value-of-secret-a-which-is-long-enough-000001";
    private static final String VALUE_B = "value-of-secret-b-which-is-long-enough-000002";

    private EmbeddedMongo mongo;
    private MongoDatabase database;
    private MongoCollection<Document> secrets;
    private MasterKey key;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        database = mongo.newDatabase();
        secrets = database.getCollection("secrets");
        key = Vaults.randomKey();
        try (SecretVault vault = Vaults.vault(database, key)) {
            vault.put("p1", "a", "jwt", SecretInput.of(VALUE_A), null, "alice");
            vault.put("p1", "b", "jwt", SecretInput.of(VALUE_B), null, "alice");
            vault.put("p2", "a", "jwt", SecretInput.of(VALUE_B), null, "alice");
        }
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_ciphertext_copied_to_another_project_does_not_open() {
        copyCiphertext("p1/a", "p2/a");

        assertDamaged("p2", "a");
    }

    @Test
    void a_ciphertext_copied_to_another_name_does_not_open() {
        copyCiphertext("p1/a", "p1/b");

        assertDamaged("p1", "b");
    }

    @Test
    void a_ciphertext_relabelled_with_another_version_does_not_open() {
        secrets.updateOne(eq("_id", "p1/a"), Updates.set("version", 2));

        assertDamaged("p1", "a");
    }

    @Test
    void a_flipped_ciphertext_byte_fails_that_secret_alone() {
        byte[] ciphertext = ciphertext("p1/a");
        ciphertext[ciphertext.length / 2] ^= 0x01;
        secrets.updateOne(eq("_id", "p1/a"), Updates.set("ciphertext", new Binary(ciphertext)));

        assertDamaged("p1", "a");
        try (SecretVault vault = Vaults.vault(database, key)) {
            assertThat(vault.resolver("p1").resolve("b", "jwt").orElseThrow().reveal())
                    .isEqualTo(VALUE_B);
            assertThat(vault.resolver("p2").resolve("a", "jwt").orElseThrow().reveal())
                    .isEqualTo(VALUE_B);
        }
    }

    @Test
    void an_execution_resolver_turns_a_damaged_secret_into_a_node_failure_naming_it() {
        copyCiphertext("p1/a", "p1/b");

        try (SecretVault vault = Vaults.vault(database, key)) {
            assertThatThrownBy(() ->
                            vault.resolverFor("p1", new ExecutionRedactor()).resolve("b", "jwt"))
                    .isInstanceOfSatisfying(NodeFailure.class, e -> {
                        assertThat(e.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
                        assertThat(e.getMessage())
                                .contains("'b'")
                                .contains("SECRET_DAMAGED")
                                .doesNotContain(VALUE_A)
                                .doesNotContain(VALUE_B);
                    });
        }
    }

    private void assertDamaged(String projectId, String name) {
        try (SecretVault vault = Vaults.vault(database, key)) {
            assertThatThrownBy(() -> vault.resolver(projectId).resolve(name, "jwt"))
                    .isInstanceOfSatisfying(SecretUnavailableException.class, e -> {
                        assertThat(e.code()).isEqualTo(SecretUnavailableException.Code.SECRET_DAMAGED);
                        assertThat(e.secretName()).isEqualTo(name);
                        assertThat(e.getMessage())
                                .contains("'" + name + "'")
                                .contains("cannot be opened")
                                .doesNotContain(VALUE_A)
                                .doesNotContain(VALUE_B);
                    });
        }
    }

    private void copyCiphertext(String fromId, String toId) {
        secrets.updateOne(eq("_id", toId), Updates.set("ciphertext", new Binary(ciphertext(fromId))));
    }

    private byte[] ciphertext(String id) {
        return secrets.find(eq("_id", id))
                .first()
                .get("ciphertext", Binary.class)
                .getData();
    }
}
