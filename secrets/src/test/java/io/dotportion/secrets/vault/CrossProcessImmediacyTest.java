package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.Poll;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossProcessImmediacyTest {
    private static final String FIRST = "first-value-of-a-shared-jwt-secret-000000001";
    private static final String SECOND = "second-value-of-a-shared-jwt-secret-00000002";

    @Test
    void a_write_through_one_instance_is_seen_by_another_within_one_second() {
        MasterKey key = Vaults.randomKey();
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory();
                SecretVault one = Vaults.vault(mongo.newDatabase(), key);
                SecretVault two = Vaults.vault(mongo.newDatabase(), key)) {
            assertThat(two.resolver("p1").resolve("signing", "jwt")).isEmpty(); // two now caches "no secret"

            one.put("p1", "signing", "jwt", SecretInput.of(FIRST), null, "alice");
            Poll.until(
                    Duration.ofSeconds(1),
                    () -> valueIn(two),
                    Optional.of(FIRST)::equals,
                    "the first value in the other vault");

            one.put("p1", "signing", "jwt", SecretInput.of(SECOND), null, "alice");
            assertThat(valueIn(one)).contains(SECOND);
            Poll.until(
                    Duration.ofSeconds(1),
                    () -> valueIn(two),
                    Optional.of(SECOND)::equals,
                    "the second value in the other vault");

            one.delete("p1", "signing", "alice");
            Poll.until(
                    Duration.ofSeconds(1),
                    () -> valueIn(two),
                    Optional::isEmpty,
                    "the secret gone from the other vault");
            assertThat(two.catalog("p1").names("jwt")).isEmpty();
        }
    }

    @Test
    void resolving_from_a_warm_cache_reads_no_database() {
        MasterKey key = Vaults.randomKey();
        EmbeddedMongo mongo = EmbeddedMongo.inMemory();
        try (SecretVault vault = Vaults.vault(mongo.newDatabase(), key)) {
            vault.put("p1", "signing", "jwt", SecretInput.of(FIRST), null, "alice");
            assertThat(valueIn(vault)).contains(FIRST);

            mongo.close(); // the database is gone: a resolve that needed it would fail

            assertThat(valueIn(vault)).contains(FIRST);
        }
    }

    private static Optional<String> valueIn(SecretVault vault) {
        return vault.resolver("p1").resolve("signing", "jwt").map(Secret::reveal);
    }
}
