package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface ExecutionStore {

    void insertAll(List<ExecutionRecord> records);

    /** Newest first; {@code workflowId} and {@code status} filter when not null. */
    List<ExecutionRecord> list(String projectId, String workflowId, String status, int limit);

    Optional<ExecutionRecord> byId(String projectId, String id);

    /** Deletes executions started before {@code cutoff}; returns how many. */
    long deleteStartedBefore(Instant cutoff);
}
