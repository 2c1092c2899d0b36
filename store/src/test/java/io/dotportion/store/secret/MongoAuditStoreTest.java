package io.dotportion.store.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.AuditEntry;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MongoAuditStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final SecretTestMongo mongo = new SecretTestMongo();
    private final MongoAuditStore store = new MongoAuditStore(mongo.database());

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void entries_list_newest_first_per_project_with_ties_in_insertion_order() {
        store.record(new AuditEntry(null, T0, "alice", "p1", "create", "signing", 1, null));
        store.record(new AuditEntry(null, T0.plusSeconds(1), "bob", "p1", "replace", "signing", 2, null));
        store.record(new AuditEntry(null, T0.plusSeconds(1), "carol", "p1", "delete", "signing", 2, null));
        store.record(new AuditEntry(null, T0.plusSeconds(2), "dave", "p2", "create", "other", 1, null));

        assertThat(store.list("p1", 10)).extracting(AuditEntry::actor).containsExactly("carol", "bob", "alice");
        assertThat(store.list("p1", 2)).extracting(AuditEntry::action).containsExactly("delete", "replace");
        assertThat(store.list("p2", 10)).singleElement().satisfies(entry -> {
            assertThat(entry.id()).matches("[0-9a-f]{24}");
            assertThat(entry.at()).isEqualTo(T0.plusSeconds(2));
            assertThat(entry.secretName()).isEqualTo("other");
            assertThat(entry.version()).isEqualTo(1);
        });
    }

    @Test
    void a_rotation_entry_has_no_secret_and_keeps_its_detail() {
        store.record(new AuditEntry(null, T0, "cli", "p1", "rotate-master-key", null, null, "master key a -> b"));

        assertThat(store.list("p1", 10)).singleElement().satisfies(entry -> {
            assertThat(entry.secretName()).isNull();
            assertThat(entry.version()).isNull();
            assertThat(entry.detail()).isEqualTo("master key a -> b");
        });
    }
}
