package io.dotportion.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.Change;
import io.dotportion.core.port.ChangeLog;
import io.dotportion.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFollowerTest {
    private static final Instant START = Instant.parse("2025-01-01T10:00:00Z");

    private final TestClock clock = TestClock.at(START);
    private final MemoryLog log = new MemoryLog();
    private final Recorder target = new Recorder();

    @Test
    void changes_of_other_instances_are_applied_in_order_and_own_ones_skipped() {
        ChangeFollower follower = follower();
        log.add(1, Change.Kind.WORKFLOW, "p1", "w1", "other");
        log.add(2, Change.Kind.PROJECT, "p2", null, "me");
        log.add(3, Change.Kind.PROJECT, "p3", null, "other");

        assertThat(follower.poll()).isEqualTo(3);

        assertThat(target.calls).containsExactly("workflow p1 w1", "project p3");
        assertThat(follower.poll()).isZero();
    }

    @Test
    void a_new_follower_starts_after_the_changes_already_in_the_log() {
        log.add(1, Change.Kind.WORKFLOW, "p1", "w1", "other");
        ChangeFollower follower = follower();
        log.add(2, Change.Kind.WORKFLOW, "p1", "w2", "other");

        follower.poll();

        assertThat(target.calls).containsExactly("workflow p1 w2");
    }

    @Test
    void a_missing_sequence_number_holds_later_changes_until_it_appears() {
        ChangeFollower follower = follower();
        log.add(2, Change.Kind.WORKFLOW, "p1", "w2", "other");

        assertThat(follower.poll()).isZero();
        log.add(1, Change.Kind.WORKFLOW, "p1", "w1", "other");
        follower.poll();

        assertThat(target.calls).containsExactly("workflow p1 w1", "workflow p1 w2");
    }

    @Test
    void a_missing_sequence_number_that_never_appears_is_skipped_with_a_full_reload() {
        ChangeFollower follower = follower();
        log.add(2, Change.Kind.WORKFLOW, "p1", "w2", "other");
        follower.poll();
        clock.advance(Duration.ofMillis(1_999));
        follower.poll();
        assertThat(target.calls).isEmpty();

        clock.advance(Duration.ofMillis(1));
        follower.poll();

        assertThat(target.calls).containsExactly("everything", "workflow p1 w2");
    }

    @Test
    void a_change_that_fails_to_apply_is_retried_at_the_next_poll() {
        ChangeFollower follower = follower();
        log.add(1, Change.Kind.PROJECT, "p1", null, "other");
        target.failing = true;

        assertThatThrownBy(follower::poll).isInstanceOf(IllegalStateException.class);
        target.failing = false;
        follower.poll();

        assertThat(target.calls).containsExactly("project p1");
    }

    private ChangeFollower follower() {
        return new ChangeFollower(log, target, "me", ClusterSettings.defaults(), clock);
    }

    private static final class Recorder implements ChangeTarget {
        final List<String> calls = new ArrayList<>();
        boolean failing;

        @Override
        public void workflow(String projectId, String workflowId) {
            record("workflow " + projectId + " " + workflowId);
        }

        @Override
        public void project(String projectId) {
            record("project " + projectId);
        }

        @Override
        public void everything() {
            record("everything");
        }

        private void record(String call) {
            if (failing) {
                throw new IllegalStateException("store unreachable");
            }
            calls.add(call);
        }
    }

    private static final class MemoryLog implements ChangeLog {
        private final List<Change> changes = new ArrayList<>();

        void add(long seq, Change.Kind kind, String projectId, String workflowId, String origin) {
            changes.add(new Change(seq, kind, projectId, workflowId, origin, START));
        }

        @Override
        public long publish(Change change) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Change> after(long seq, int limit) {
            return changes.stream()
                    .filter(c -> c.seq() > seq)
                    .sorted(Comparator.comparingLong(Change::seq))
                    .limit(limit)
                    .toList();
        }

        @Override
        public long latest() {
            return changes.stream().mapToLong(Change::seq).max().orElse(0);
        }

        @Override
        public long sweep(Instant before) {
            return 0;
        }
    }
}
