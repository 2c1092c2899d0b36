package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The execution log's storage: runs kept in full or as summaries ({@link ExecutionRecord#kept()}). */
public interface ExecutionStore {

    /**
     * Stores a batch of runs, cheaply (one write for the batch). Ids are ObjectId hex strings made when the run
     * started (their seconds are the run's start second), or null for a new one.
     */
    void insertAll(List<ExecutionRecord> records);

    /**
     * The project's runs that pass {@code query}, newest first (start time, then id: {@link ExecutionKey}), at
     * most {@code query.limit()}. Runs stored after a page was read never shift the pages after it: they hold
     * the runs strictly older than the key the page ended at.
     */
    List<ExecutionRecord> list(String projectId, ExecutionQuery query);

    /** Newest first; {@code workflowId} and {@code status} filter when not null. */
    default List<ExecutionRecord> list(String projectId, String workflowId, String status, int limit) {
        return list(
                projectId, ExecutionQuery.newest(limit).withWorkflow(workflowId).withStatus(status));
    }

    Optional<ExecutionRecord> byId(String projectId, String id);

    /** Deletes executions started before {@code cutoff}; returns how many. */
    long deleteStartedBefore(Instant cutoff);

    /** Deletes every execution of a project (the project is being deleted); returns how many. */
    long deleteProject(String projectId);
}
