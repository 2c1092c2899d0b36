package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One logged execution. {@code trace} entries are plain, already redacted and size-capped value trees
 * ({@code nodeId, type, status, durationMs, input, output, error}). {@code kind} is "deployed" or "test".
 * {@code kept} says whether the run was kept in full or only as a summary (no trace: {@code trace} is empty).
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
        Kept kept) {

    /** How much of a run the log kept. */
    public enum Kept {
        /** With its redacted per-node trace. */
        FULL,
        /** Id, workflow, version, status, HTTP status, method, path, duration and start time; no trace. */
        SUMMARY;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ExecutionRecord {
        trace = trace == null ? List.of() : trace;
        kept = kept == null ? Kept.FULL : kept;
    }

    /** A run kept in full. */
    public ExecutionRecord(
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
            List<Map<String, Object>> trace) {
        this(
                id,
                projectId,
                workflowId,
                version,
                kind,
                status,
                httpStatus,
                errorCode,
                method,
                path,
                durationMs,
                startedAt,
                trace,
                Kept.FULL);
    }

    public boolean full() {
        return kept == Kept.FULL;
    }
}
