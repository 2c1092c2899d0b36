package io.dotportion.core.port;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A run's place in the log's order: newest start first, then the larger id (ids are lowercase ObjectId hex,
 * which compares as its bytes). A page ends at a key, and the next page holds the runs strictly after it
 * in that order (older): keyset paging, which runs logged meanwhile cannot shift.
 */
public record ExecutionKey(Instant startedAt, String id) {
    /** Newest first. */
    public static final Comparator<ExecutionKey> NEWEST_FIRST = Comparator.comparing(
                    ExecutionKey::startedAt, Comparator.reverseOrder())
            .thenComparing(ExecutionKey::id, Comparator.reverseOrder());

    public ExecutionKey {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(id, "id");
    }

    public static ExecutionKey of(ExecutionRecord run) {
        return new ExecutionKey(run.startedAt(), run.id());
    }

    /** Whether {@code run} comes after this key in the log's order (it is older). */
    public boolean isBefore(ExecutionRecord run) {
        return NEWEST_FIRST.compare(this, of(run)) < 0;
    }
}
