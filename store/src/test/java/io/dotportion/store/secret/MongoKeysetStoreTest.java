package io.dotportion.store.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.WrappedKeyset;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoKeysetStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final SecretTestMongo mongo = new SecretTestMongo();
    private final MongoKeysetStore store = new MongoKeysetStore(mongo.database());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void the_first_insert_wins_and_later_ones_are_refused() {
        assertThat(store.insertIfAbsent(new WrappedKeyset("p1", "key-a", new byte[] {1}, 1, T0, null)))
                .isTrue();
        assertThat(store.insertIfAbsent(new WrappedKeyset("p1", "key-b", new byte[] {2}, 1, T0, null)))
                .isFalse();

        WrappedKeyset found = store.find("p1").orElseThrow();
        assertThat(found.masterKeyId()).isEqualTo("key-a");
        assertThat(found.wrapped()).containsExactly(1);
        assertThat(found.rewrappedAt()).isNull();
    }

    @Test
    void replace_needs_the_expected_key_id_and_revision() {
        store.insertIfAbsent(new WrappedKeyset("p1", "key-a", new byte[] {1}, 1, T0, null));
        WrappedKeyset next = new WrappedKeyset("p1", "key-b", new byte[] {2}, 2, T0, T0.plusSeconds(1));

        assertThat(store.replace(next, "key-b", 1)).isFalse();
        assertThat(store.replace(next, "key-a", 2)).isFalse();
        assertThat(store.replace(next, "key-a", 1)).isTrue();
        assertThat(store.replace(next, "key-a", 1)).isFalse();

        WrappedKeyset found = store.find("p1").orElseThrow();
        assertThat(found.masterKeyId()).isEqualTo("key-b");
        assertThat(found.revision()).isEqualTo(2);
        assertThat(found.rewrappedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void all_count_and_delete_cover_every_project() {
        store.insertIfAbsent(new WrappedKeyset("p1", "key-a", new byte[] {1}, 1, T0, null));
        store.insertIfAbsent(new WrappedKeyset("p2", "key-a", new byte[] {2}, 1, T0, null));

        assertThat(store.all()).extracting(WrappedKeyset::projectId).containsExactlyInAnyOrder("p1", "p2");
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.delete("p1")).isTrue();
        assertThat(store.delete("p1")).isFalse();
        assertThat(store.count()).isEqualTo(1);
    }
}
