package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One logged execution. {@code trace} entries are plain, already redacted and size-capped value trees
 * ({@code nodeId, type, status, durationMs, input, output, error}). {@code kind} is "deployed" or "test".
 * {@code kept} says whether the run was kept in full, only as a summary (no trace: {@code trace} is empty), or
 * counted in an aggregate of many successful runs ({@link Kept#AGGREGATE}: {@code aggregate} says how many and
 * when, {@code startedAt} is the first one's start, {@code durationMs} their mean, {@code id} the aggregate's own,
 * {@code path} null).
 */
public record ExecutionRecord(
        String id,
        String projectId,
        String workflowId,
        Integer version,
        String kind,
        String status,
        int httpStatus,
        String errorCode,
        String method,
        String path,
        double durationMs,
        Instant startedAt,
        List<Map<String, Object>> trace,
        Kept kept,
        Aggregate aggregate) {

    /** How much of a run the log kept. */
    public enum Kept {
        /** With its redacted per-node trace. */
        FULL,
        /** Id, workflow, version, status, HTTP status, method, path, duration and start time; no trace. */
        SUMMARY,
        /** Counted with other successful runs of the same workflow, version and HTTP status: not kept one by one. */
        AGGREGATE;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What an aggregate counted: {@code count} runs that started between the record's {@code startedAt} and
     * {@code lastStartedAt} (inclusive), their durations' sum, minimum and maximum.
     */
    public record Aggregate(long count, double totalMs, double minMs, double maxMs, Instant lastStartedAt) {
        public Aggregate {
            if (count < 1) {
                throw new IllegalArgumentException("an aggregate counts at least one run");
            }
            Objects.requireNonNull(lastStartedAt, "lastStartedAt");
        }
    }

    public ExecutionRecord {
        trace = trace == null ? List.of() : trace;
        kept = kept == null ? Kept.FULL : kept;
        if ((kept == Kept.AGGREGATE) != (aggregate != null)) {
            throw new IllegalArgumentException("an aggregate record, and only one, carries its aggregate");
        }
    }

    /** Successful runs counted together, the first of them started at {@code startedAt}. */
    public static ExecutionRecord aggregate(
            String id,
            String projectId,
            String workflowId,
            Integer version,
            String kind,
            int httpStatus,
            String method,
            Instant startedAt,
            Aggregate aggregate) {
        double mean = Math.round(aggregate.totalMs() / aggregate.count() * 1_000.0) / 1_000.0;
        return new ExecutionRecord(
                id,
                projectId,
                workflowId,
                version,
                kind,
                "ok",
                httpStatus,
                null,
                method,
                null,
                mean,
                startedAt,
                List.of(),
                Kept.AGGREGATE,
                aggregate);
    }

    /** How many runs this record stands for: one, or an aggregate's count. */
    public long runs() {
        return aggregate == null ? 1 : aggregate.count();
    }

    public boolean full() {
        return kept == Kept.FULL;
    }
}
