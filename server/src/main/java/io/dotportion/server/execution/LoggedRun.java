package io.dotportion.server.execution;

import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.log.PendingExecution;
import io.dotportion.store.log.RunKey;

/** A finished run handed to the log writer: its record (with the formatted trace) is built on the writer's thread. */
public record LoggedRun(FinishedExecution run, TraceFormatter traces) implements PendingExecution {

    @Override
    public ExecutionRecord toRecord() {
        return ExecutionRecords.of(run, traces);
    }

    @Override
    public RunKey key() {
        return ExecutionRecords.key(run);
    }

    @Override
    public double durationMs() {
        return ExecutionRecords.durationMs(run);
    }

    @Override
    public long startedAtMillis() {
        return run.startedAt().toEpochMilli();
    }
}
