package io.dotportion.server.wiring;

import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.ExecutionRecords;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.store.log.ExecutionLogWriter;

/**
 * The execution log on the store's writer: the record (with its formatted trace) is built on the writer
 * thread. Successful deployed runs may be sampled out while the writer is behind; failed runs and test
 * runs are always kept.
 */
final class StoreExecutionLog implements ExecutionLog {
    private final ExecutionLogWriter writer;
    private final TraceFormatter traces;

    StoreExecutionLog(ExecutionLogWriter writer, TraceFormatter traces) {
        this.writer = writer;
        this.traces = traces;
    }

    @Override
    public void submit(FinishedExecution execution) {
        boolean sampleable = !execution.result().failed() && !"test".equals(execution.kind());
        writer.submit(() -> ExecutionRecords.of(execution, traces), sampleable);
    }

    @Override
    public void close() {
        writer.close();
    }
}
