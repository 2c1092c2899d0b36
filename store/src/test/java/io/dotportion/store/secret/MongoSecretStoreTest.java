package io.dotportion.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.SecretRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoSecretStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final SecretTestMongo mongo = new SecretTestMongo();
    private final MongoSecretStore store = new MongoSecretStore(mongo.database());

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static SecretRecord record(String project, String name, int version, SecretRecord.Previous previous) {
        return new SecretRecord(
                project,
                name,
                "jwt",
                version,
                new byte[] {1, 2, (byte) version},
                30,
                T0,
                T0.plusSeconds(version),
                "alice",
                previous);
    }

    @Test
    void an_inserted_record_is_found_with_every_field() {
        SecretRecord.Previous previous = new SecretRecord.Previous(1, new byte[] {9, 8}, T0.plusSeconds(5));
        store.insert(record("p1", "signing", 2, previous));

        SecretRecord found = store.find("p1", "signing").orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(record("p1", "signing", 2, previous));
        assertThat(found.ciphertext()).containsExactly(1, 2, 2);
        assertThat(found.previous().ciphertext()).containsExactly(9, 8);
    }

    @Test
    void inserting_an_existing_name_conflicts() {
        store.insert(record("p1", "signing", 1, null));

        assertThatThrownBy(() -> store.insert(record("p1", "signing", 1, null))).isInstanceOf(ConflictException.class);
        store.insert(record("p2", "signing", 1, null));
    }

    @Test
    void replace_succeeds_only_at_the_expected_version() {
        store.insert(record("p1", "signing", 1, null));

        assertThat(store.replace(record("p1", "signing", 2, null), 1)).isTrue();
        assertThat(store.replace(record("p1", "signing", 3, null), 1)).isFalse();
        assertThat(store.find("p1", "signing").orElseThrow().version()).isEqualTo(2);
        assertThat(store.find("p1", "signing").orElseThrow().previous()).isNull();
    }

    @Test
    void listing_and_deleting_are_per_project() {
        store.insert(record("p1", "a", 1, null));
        store.insert(record("p1", "b", 1, null));
        store.insert(record("p2", "a", 1, null));

        assertThat(store.listByProject("p1")).extracting(SecretRecord::name).containsExactlyInAnyOrder("a", "b");
        assertThat(store.delete("p1", "a")).isTrue();
        assertThat(store.delete("p1", "a")).isFalse();
        assertThat(store.deleteByProject("p1")).isEqualTo(1);
        assertThat(store.listByProject("p1")).isEmpty();
        assertThat(store.listByProject("p2")).hasSize(1);
    }

    @Test
    void touch_bumps_a_per_project_stamp_that_stamps_reports() {
        assertThat(store.stamps(List.of("p1"))).isEmpty();

        assertThat(store.touch("p1")).isEqualTo(1);
        assertThat(store.touch("p1")).isEqualTo(2);
        assertThat(store.touch("p2")).isEqualTo(1);

        assertThat(store.stamps(List.of("p1", "p2", "p3"))).isEqualTo(Map.of("p1", 2L, "p2", 1L));
        assertThat(store.stamps(List.of())).isEmpty();
    }
}
