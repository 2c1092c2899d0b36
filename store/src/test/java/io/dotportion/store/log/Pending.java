package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;
import java.util.function.Supplier;

/** Pending executions for writer tests: the record is built (by {@code build}) when the writer asks for it. */
record Pending(ExecutionRecord meta, Supplier<ExecutionRecord> build) implements PendingExecution {

    static Pending of(ExecutionRecord record) {
        return new Pending(record, () -> record);
    }

    @Override
    public ExecutionRecord toRecord() {
        return build.get();
    }

    @Override
    public RunKey key() {
        return RunKey.of(
                meta.projectId(),
                meta.workflowId(),
                meta.version(),
                meta.kind(),
                meta.httpStatus(),
                meta.method(),
                startedAtMillis());
    }

    @Override
    public double durationMs() {
        return meta.durationMs();
    }

    @Override
    public long startedAtMillis() {
        return meta.startedAt().toEpochMilli();
    }
}
