package io.dotportion.server.execution;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.log.RunKey;

/**
 * Builds the stored form of a finished run on the log writer's thread, kept in full: the trace is capped,
 * redacted and pre-rendered as JSON. (A run only counted has no record of its own: {@code RunKey}.)
 */
public final class ExecutionRecords {
    private ExecutionRecords() {}

    public static ExecutionRecord of(FinishedExecution e, TraceFormatter traces) {
        ExecutionResult r = e.result();
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
                durationMs(e),
                e.startedAt(),
                traces.formatRendered(r.trace(), e.redactor()),
                ExecutionRecord.Kept.FULL,
                null);
    }

    /** The run's duration in milliseconds, to the microsecond. */
    public static double durationMs(FinishedExecution e) {
        return Math.round(e.result().durationNanos() / 1_000.0) / 1_000.0;
    }

    /** What the run is counted under when it is not kept on its own. */
    public static RunKey key(FinishedExecution e) {
        return RunKey.of(
                e.projectId(),
                e.workflowId(),
                e.version(),
                e.kind(),
                e.result().status(),
                e.method(),
                e.startedAt().toEpochMilli());
    }
}
