package io.dotportion.server.wiring;

import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.ExecutionRecords;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.server.execution.LogPolicy;
import io.dotportion.server.execution.LoggedRun;
import io.dotportion.store.log.ExecutionLogWriter;
import io.dotportion.store.log.Keeping;

/**
 * The execution log on the store's writer: the policy picks what is kept of each run (failures and test
 * runs in full, always), and the record (with its formatted trace) is built on the writer thread. A successful
 * run not kept in full is only counted, in its workflow's aggregate for its start second (no per-run record,
 * nothing queued); one picked for a trace is counted that way instead while the writer is behind.
 */
final class StoreExecutionLog implements ExecutionLog {
    private final ExecutionLogWriter writer;
    private final TraceFormatter traces;
    private final LogPolicy policy;

    StoreExecutionLog(ExecutionLogWriter writer, TraceFormatter traces, LogPolicy policy) {
        this.writer = writer;
        this.traces = traces;
        this.policy = policy;
    }

    @Override
    public void submit(FinishedExecution execution) {
        Keeping keeping = policy.keeping(execution);
        if (keeping == Keeping.COUNT) {
            writer.count(
                    ExecutionRecords.key(execution),
                    ExecutionRecords.durationMs(execution),
                    execution.startedAt().toEpochMilli());
        } else if (keeping != null) {
            writer.submit(new LoggedRun(execution, traces), keeping);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
