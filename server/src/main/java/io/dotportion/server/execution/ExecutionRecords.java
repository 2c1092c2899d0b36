package io.dotportion.server.execution;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.port.ExecutionRecord;
import java.util.List;

/**
 * Builds the stored form of a finished run on the log writer's thread: kept in full, the trace is capped,
 * redacted and pre-rendered as JSON; as a summary, the trace is not formatted at all.
 */
public final class ExecutionRecords {
    private ExecutionRecords() {}

    public static ExecutionRecord of(FinishedExecution e, TraceFormatter traces) {
        return of(e, traces, ExecutionRecord.Kept.FULL);
    }

    public static ExecutionRecord of(FinishedExecution e, TraceFormatter traces, ExecutionRecord.Kept kept) {
        ExecutionResult r = e.result();
        boolean full = kept == ExecutionRecord.Kept.FULL;
        return new ExecutionRecord(
                e.id(),
                e.projectId(),
                e.workflowId(),
                e.version(),
                e.kind(),
                r.failed() ? "error" : "ok",
                r.status(),
                r.failed() ? r.error().code().name() : null,
                e.method(),
                e.path(),
                Math.round(r.durationNanos() / 1_000.0) / 1_000.0,
                e.startedAt(),
                full ? traces.formatRendered(r.trace(), e.redactor()) : List.of(),
                kept);
    }
}
