package io.dotportion.store.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.SecretRecord;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
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
        SecretRecord.Sealed live = new SecretRecord.Sealed(version, new byte[] {1, 2, (byte) version}, T0, "alice");
        return withSlots(
                project, name, version, Map.of(SecretRecord.LIVE, new SecretRecord.Slot(live, previous, null)));
    }

    private static SecretRecord withSlots(
            String project, String name, int revision, Map<String, SecretRecord.Slot> slots) {
        return new SecretRecord(
                project,
                name,
                "jwt",
                revision,
                revision + 2,
                30,
                true,
                T0,
                T0.plusSeconds(revision),
                "alice",
                slots,
                Map.of());
    }

    @Test
    void an_inserted_record_is_found_with_every_field() {
        SecretRecord.Previous previous = new SecretRecord.Previous(1, new byte[] {9, 8}, T0.plusSeconds(5));
        store.insert(record("p1", "signing", 2, previous));

        SecretRecord found = store.find("p1", "signing").orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(record("p1", "signing", 2, previous));
        SecretRecord.Slot live = found.slot(SecretRecord.LIVE).orElseThrow();
        assertThat(live.current().ciphertext()).containsExactly(1, 2, 2);
        assertThat(live.previous().ciphertext()).containsExactly(9, 8);
    }

    @Test
    void values_of_other_environments_and_staged_values_are_kept_apart() {
        SecretRecord.Sealed test = new SecretRecord.Sealed(3, new byte[] {3}, T0, "bob");
        SecretRecord.Sealed stagedLive = new SecretRecord.Sealed(4, new byte[] {4}, T0, "carol");
        SecretRecord.Sealed stagedOnly = new SecretRecord.Sealed(5, new byte[] {5}, T0, "dan");
        SecretRecord.Sealed live = new SecretRecord.Sealed(1, new byte[] {1}, T0, "alice");
        SecretRecord record = withSlots(
                "p1",
                "db",
                5,
                Map.of(
                        SecretRecord.LIVE,
                        new SecretRecord.Slot(live, null, stagedLive),
                        SecretRecord.TEST,
                        new SecretRecord.Slot(test, null, null),
                        "staging",
                        new SecretRecord.Slot(null, null, stagedOnly)));
        store.insert(record);

        SecretRecord found = store.find("p1", "db").orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(record);
        Document raw = mongo.database().getCollection("secrets").find().first();
        assertThat(raw.getInteger("version")).isEqualTo(1);
        assertThat(raw.get("environments", Document.class).keySet()).containsExactlyInAnyOrder("test", "staging");
    }

    @Test
    void a_document_stored_before_environments_reads_as_a_live_value_and_can_be_replaced() {
        mongo.database()
                .getCollection("secrets")
                .insertOne(new Document("_id", "p1/old")
                        .append("projectId", "p1")
                        .append("name", "old")
                        .append("type", "jwt")
                        .append("version", 3)
                        .append("ciphertext", new Binary(new byte[] {7}))
                        .append("graceSeconds", 0)
                        .append("createdAt", Date.from(T0))
                        .append("updatedAt", Date.from(T0))
                        .append("updatedBy", "alice"));

        SecretRecord found = store.find("p1", "old").orElseThrow();

        assertThat(found.revision()).isEqualTo(3);
        assertThat(found.lastVersion()).isEqualTo(3);
        assertThat(found.testUsesLive()).isTrue();
        assertThat(found.environments()).containsOnlyKeys(SecretRecord.LIVE);
        assertThat(found.slot(SecretRecord.LIVE).orElseThrow().current().ciphertext())
                .containsExactly(7);
        assertThat(store.replace(record("p1", "old", 4, null), 2)).isFalse();
        assertThat(store.replace(record("p1", "old", 4, null), 3)).isTrue();
        assertThat(store.find("p1", "old").orElseThrow().revision()).isEqualTo(4);
    }

    @Test
    void environments_are_added_up_to_the_limit_and_removed() {
        assertThat(store.addEnvironment("p1", "staging", 2)).isTrue();
        assertThat(store.addEnvironment("p1", "staging", 2)).isTrue();
        assertThat(store.addEnvironment("p1", "qa", 2)).isTrue();
        assertThat(store.addEnvironment("p1", "demo", 2)).isFalse();
        assertThat(store.environments("p1")).containsExactly("staging", "qa");
        assertThat(store.environments("p2")).isEmpty();

        assertThat(store.removeEnvironment("p1", "staging")).isTrue();
        assertThat(store.removeEnvironment("p1", "staging")).isFalse();
        assertThat(store.environments("p1")).containsExactly("qa");
    }

    @Test
    void inserting_an_existing_name_conflicts() {
        store.insert(record("p1", "signing", 1, null));

        assertThatThrownBy(() -> store.insert(record("p1", "signing", 1, null))).isInstanceOf(ConflictException.class);
        store.insert(record("p2", "signing", 1, null));
    }

    @Test
    void replace_succeeds_only_at_the_expected_revision() {
        store.insert(record("p1", "signing", 1, null));

        assertThat(store.replace(record("p1", "signing", 2, null), 1)).isTrue();
        assertThat(store.replace(record("p1", "signing", 3, null), 1)).isFalse();
        assertThat(store.find("p1", "signing").orElseThrow().version()).isEqualTo(2);
        assertThat(store.find("p1", "signing")
                        .orElseThrow()
                        .slot(SecretRecord.LIVE)
                        .orElseThrow()
                        .previous())
                .isNull();
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
