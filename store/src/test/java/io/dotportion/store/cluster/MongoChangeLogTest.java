package io.dotportion.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.Change;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoChangeLogTest extends EmbeddedStoreTestBase {
    private static final Instant AT = Instant.parse("2025-01-01T10:00:00Z");
    private MongoChangeLog log;

    @BeforeEach
    void open() {
        log = new MongoChangeLog(stores.database(), 600);
    }

    @Test
    void publishing_hands_out_consecutive_sequence_numbers() {
        assertThat(log.latest()).isZero();
        assertThat(log.publish(change(Change.Kind.WORKFLOW, "w1"))).isEqualTo(1);
        assertThat(log.publish(change(Change.Kind.PROJECT, null))).isEqualTo(2);
        assertThat(log.latest()).isEqualTo(2);
    }

    @Test
    void readers_page_after_their_cursor_in_order() {
        log.publish(change(Change.Kind.WORKFLOW, "w1"));
        log.publish(change(Change.Kind.PROJECT, null));
        log.publish(change(Change.Kind.WORKFLOW, "w2"));

        List<Change> page = log.after(1, 10);

        assertThat(page).extracting(Change::seq).containsExactly(2L, 3L);
        assertThat(page.getFirst()).isEqualTo(new Change(2, Change.Kind.PROJECT, "p1", null, "a", AT));
        assertThat(log.after(0, 2)).extracting(Change::workflowId).containsExactly("w1", null);
        assertThat(log.after(3, 10)).isEmpty();
    }

    @Test
    void sweep_deletes_old_changes_but_keeps_the_counter() {
        log.publish(change(Change.Kind.WORKFLOW, "w1"));

        assertThat(log.sweep(AT.plusSeconds(1))).isEqualTo(1);
        assertThat(log.after(0, 10)).isEmpty();
        assertThat(log.publish(change(Change.Kind.WORKFLOW, "w2"))).isEqualTo(2);
    }

    private static Change change(Change.Kind kind, String workflowId) {
        return new Change(0, kind, "p1", workflowId, "a", AT);
    }
}
