package io.dotportion.core.port;

import java.time.Instant;

/** The stored counts of one workflow in one hour or day starting at {@code start}. */
public record StatsBucket(
        String projectId, String workflowId, StatsGranularity granularity, Instant start, StatsCounts counts) {}
