package io.dotportion.secrets.vault;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.testing.TestClock;
import io.dotportion.secrets.key.MasterKeys;
import io.dotportion.secrets.redact.ExecutionRedactor;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One value per environment, the test run's fallback to live, and the AEAD binding of each value to its environment. */
class EnvironmentValuesTest {
    private static final String LIVE = "live-key-that-is-definitely-32-bytes-long-000001";
    private static final String TEST = "test-key-that-is-definitely-32-bytes-long-000002";
    private static final String STAGING = "stag-key-that-is-definitely-32-bytes-long-000003";

    private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private EmbeddedMongo mongo;
    private MongoDatabase database;
    private MongoCollection<Document> secrets;
    private SecretVault vault;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        database = mongo.newDatabase();
        secrets = database.getCollection("secrets");
        vault = Vaults.vault(database, MasterKeys.of(Vaults.randomKey()), clock);
    }

    @AfterEach
    void stop() {
        vault.close();
        mongo.close();
    }

    private SecretWrite put(String value, String environment) {
        return vault.write(
                "p1",
                "signing",
                "jwt",
                SecretInput.of(value),
                new SecretWriteOptions(environment, false, null, null),
                "alice");
    }

    private String resolve(SecretScope scope) {
        return vault.resolverFor("p1", new ExecutionRedactor(), scope)
                .resolve("signing", "jwt")
                .orElseThrow()
                .reveal();
    }

    @Test
    void each_environment_resolves_its_own_value_with_its_own_version() {
        put(LIVE, SecretRecord.LIVE);
        put(TEST, SecretRecord.TEST);

        assertThat(resolve(SecretScope.LIVE)).isEqualTo(LIVE);
        assertThat(resolve(SecretScope.TEST)).isEqualTo(TEST);
        ScopedResolver test = vault.resolverFor("p1", new ExecutionRedactor(), SecretScope.TEST);
        assertThat(test.resolve("signing", "jwt").orElseThrow().version()).isEqualTo(2);
        assertThat(test.uses()).containsExactly(new SecretUse("signing", SecretRecord.TEST, 2, false, false));
        assertThat(test.resolveVersion("signing", "jwt", 1)).isEmpty();
        SecretMetadata metadata = vault.get("p1", "signing").orElseThrow();
        assertThat(metadata.version()).isEqualTo(1);
        assertThat(metadata.environments()).containsOnlyKeys(SecretRecord.LIVE, SecretRecord.TEST);
    }

    @Test
    void a_test_run_without_a_test_value_fails_naming_the_secret_unless_the_secret_allows_the_live_value() {
        put(LIVE, SecretRecord.LIVE);

        assertThatThrownBy(() -> resolve(SecretScope.TEST))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("secret 'signing' has no test value")
                .hasMessageContaining("SECRET_VALUE_MISSING");
        assertThatThrownBy(() -> resolve(new SecretScope("staging", false)))
                .hasMessageContaining("no value for the environment 'staging'");

        vault.write("p1", "signing", "jwt", null, new SecretWriteOptions(null, false, null, true), "alice");

        ScopedResolver test = vault.resolverFor("p1", new ExecutionRedactor(), SecretScope.TEST);
        assertThat(test.resolve("signing", "jwt").orElseThrow().reveal()).isEqualTo(LIVE);
        assertThat(test.uses()).containsExactly(new SecretUse("signing", SecretRecord.LIVE, 1, false, true));
        assertThatThrownBy(() -> resolve(new SecretScope("staging", false))).isInstanceOf(NodeFailure.class);
    }

    @Test
    void removing_an_environments_value_keeps_the_others_and_the_last_removal_deletes_the_secret() {
        put(LIVE, SecretRecord.LIVE);
        put(TEST, SecretRecord.TEST);

        assertThat(vault.deleteValue("p1", "signing", SecretRecord.TEST, "alice"))
                .isTrue();
        assertThat(vault.deleteValue("p1", "signing", SecretRecord.TEST, "alice"))
                .isFalse();
        assertThat(resolve(SecretScope.LIVE)).isEqualTo(LIVE);
        assertThatThrownBy(() -> resolve(SecretScope.TEST)).isInstanceOf(NodeFailure.class);

        assertThat(vault.deleteValue("p1", "signing", SecretRecord.LIVE, "alice"))
                .isTrue();
        assertThat(vault.get("p1", "signing")).isEmpty();
    }

    @Test
    void a_value_copied_from_one_environment_to_another_does_not_open() {
        put(LIVE, SecretRecord.LIVE);
        put(TEST, SecretRecord.TEST);
        Document stored = secrets.find(eq("_id", "p1/signing")).first();
        Binary live = stored.get("ciphertext", Binary.class);
        Document test = stored.get("environments", Document.class)
                .get(SecretRecord.TEST, Document.class)
                .get("current", Document.class);

        // the test value (version 2) in the live slot, under its own version: the environment differs
        secrets.updateOne(
                eq("_id", "p1/signing"),
                Updates.combine(Updates.set("ciphertext", test.get("ciphertext")), Updates.set("version", 2)));
        secrets.updateOne(
                eq("_id", "p1/signing"),
                Updates.combine(
                        Updates.set("environments.test.current.ciphertext", live),
                        Updates.set("environments.test.current.version", 1)));
        vault.pollChanges();
        database.getCollection("secretChanges").updateOne(eq("_id", "p1"), Updates.inc("seq", 1L));
        vault.pollChanges();

        assertThatThrownBy(() -> resolve(SecretScope.LIVE)).hasMessageContaining("SECRET_DAMAGED");
        assertThatThrownBy(() -> resolve(SecretScope.TEST)).hasMessageContaining("SECRET_DAMAGED");
    }

    @Test
    void a_secret_stored_before_environments_resolves_as_its_live_value_and_can_be_replaced() {
        put(LIVE, SecretRecord.LIVE);
        // the document as versions before environments wrote it
        secrets.updateOne(
                eq("_id", "p1/signing"),
                Updates.combine(
                        Updates.unset("revision"),
                        Updates.unset("lastVersion"),
                        Updates.unset("testUsesLive"),
                        Updates.unset("valueAt"),
                        Updates.unset("valueBy")));
        database.getCollection("secretChanges").updateOne(eq("_id", "p1"), Updates.inc("seq", 1L));
        vault.pollChanges();

        assertThat(resolve(SecretScope.LIVE)).isEqualTo(LIVE);
        assertThat(resolve(SecretScope.TEST)).isEqualTo(LIVE); // its test runs keep using the live value
        assertThat(vault.get("p1", "signing").orElseThrow().testUsesLive()).isTrue();

        put(TEST, SecretRecord.TEST);

        assertThat(resolve(SecretScope.LIVE)).isEqualTo(LIVE);
        assertThat(resolve(SecretScope.TEST)).isEqualTo(TEST);
        assertThat(vault.get("p1", "signing")
                        .orElseThrow()
                        .environments()
                        .get(SecretRecord.TEST)
                        .version())
                .isEqualTo(2);
    }

    @Test
    void environments_are_limited_and_removing_one_drops_its_values() {
        vault.addEnvironment("p1", "staging", "alice");
        vault.write(
                "p1",
                "signing",
                "jwt",
                SecretInput.of(STAGING),
                new SecretWriteOptions("staging", false, null, null),
                "alice");
        assertThat(resolve(new SecretScope("staging", false))).isEqualTo(STAGING);
        for (int i = 1; i < VaultSettings.DEFAULT_MAX_ENVIRONMENTS - 2; i++) {
            assertThat(vault.addEnvironment("p1", "extra" + i, "alice")).isTrue();
        }
        assertThat(vault.environments("p1")).hasSize(VaultSettings.DEFAULT_MAX_ENVIRONMENTS);
        assertThatThrownBy(() -> vault.addEnvironment("p1", "one-more", "alice"))
                .isInstanceOfSatisfying(
                        SecretInputException.class,
                        e -> assertThat(e.code()).isEqualTo(SecretInputException.Code.ENVIRONMENT_LIMIT));
        assertThatThrownBy(() -> put(LIVE, "nowhere"))
                .isInstanceOfSatisfying(
                        SecretInputException.class,
                        e -> assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_ENVIRONMENT));

        assertThat(vault.removeEnvironment("p1", "staging", "alice")).isTrue();

        assertThat(vault.get("p1", "signing")).isEmpty();
        assertThat(vault.environments("p1")).doesNotContain("staging");
        assertThatThrownBy(() -> vault.removeEnvironment("p1", SecretRecord.LIVE, "alice"))
                .isInstanceOf(SecretInputException.class);
    }

    @Test
    void the_grace_window_of_a_staged_jwt_key_starts_at_its_promotion() {
        vault.put("p1", "signing", "jwt", SecretInput.of(LIVE), 60, "alice");
        vault.write(
                "p1", "signing", "jwt", SecretInput.of(TEST), new SecretWriteOptions(null, true, null, null), "alice");

        clock.advance(Duration.ofSeconds(120)); // staged longer than the window: nothing started yet
        assertThat(resolve(SecretScope.LIVE)).isEqualTo(LIVE);
        vault.promote("p1", "signing", SecretRecord.LIVE, "alice");

        clock.advance(Duration.ofSeconds(59));
        ScopedResolver live = vault.resolver("p1");
        assertThat(live.resolve("signing", "jwt").orElseThrow().reveal()).isEqualTo(TEST);
        assertThat(live.resolveVersion("signing", "jwt", 1).orElseThrow().reveal())
                .isEqualTo(LIVE);
        clock.advance(Duration.ofSeconds(1));
        assertThat(live.resolveVersion("signing", "jwt", 1)).isEmpty();
    }
}
