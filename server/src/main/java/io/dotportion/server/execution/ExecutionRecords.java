package io.dotportion.server.execution;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.port.ExecutionRecord;

/** Builds the stored form of a finished run on the log writer's thread: the trace is capped, redacted and pre-rendered as JSON. */
public final class ExecutionRecords {
    private ExecutionRecords() {
    }

    public static ExecutionRecord of(FinishedExecution e, TraceFormatter traces) {
        ExecutionResult r = e.result();
        return new ExecutionRecord(e.id(), e.projectId(), e.workflowId(), e.version(), e.kind(),
                r.failed() ? "error" : "ok", r.status(), r.failed() ? r.error().code().name() : null, e.method(),
                e.path(), Math.round(r.durationNanos() / 1_000.0) / 1_000.0, e.startedAt(),
                traces.formatRendered(r.trace(), e.redactor()));
    }
}
