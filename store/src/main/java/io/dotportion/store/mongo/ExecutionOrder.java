package io.dotportion.store.mongo;

import io.dotportion.core.port.ExecutionRecord;
import java.util.Comparator;

/** The log's order: newest start first, then the larger id (ObjectId hex compares as its bytes). */
final class ExecutionOrder {
    static final Comparator<ExecutionRecord> NEWEST_FIRST = Comparator
            .comparing(ExecutionRecord::startedAt, Comparator.reverseOrder())
            .thenComparing(ExecutionRecord::id, Comparator.reverseOrder());

    private ExecutionOrder() {
    }
}
