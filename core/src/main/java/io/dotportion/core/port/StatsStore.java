package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;

/**
 * Per-workflow call statistics in hour and day buckets. Writes are additive and atomic per bucket, so any
 * number of writers (threads, instances) may add to one bucket without losing counts.
 */
public interface StatsStore {

    /** Adds {@code counts} to the hour bucket holding {@code at} and to the day bucket holding it. */
    void add(String projectId, String workflowId, Instant at, StatsCounts counts);

    /**
     * Buckets of a project (every workflow, or only {@code workflowId} when not null) whose start lies in
     * {@code [from, to)}, oldest first.
     */
    /** Deletes every bucket of a project (the project is being deleted). */
    void deleteProject(String projectId);

    List<StatsBucket> buckets(
            String projectId, String workflowId, StatsGranularity granularity, Instant from, Instant to);
}
