package io.dotportion.store.mongo;

import io.dotportion.core.port.ExecutionKey;
import io.dotportion.core.port.ExecutionRecord;
import java.util.Comparator;

/** The log's order ({@link ExecutionKey#NEWEST_FIRST}): newest start first, then the larger id. */
final class ExecutionOrder {
    static final Comparator<ExecutionRecord> NEWEST_FIRST =
            Comparator.comparing(ExecutionKey::of, ExecutionKey.NEWEST_FIRST);

    private ExecutionOrder() {}
}
