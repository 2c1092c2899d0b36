package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionRecord;
import java.util.List;
import java.util.Map;

/**
 * A logged execution as the API shows it to one caller. {@code valuesHidden} says that the trace shows the
 * run's shape only (the caller's role may not read the project's data; see {@link TraceDetail}). {@code kept}
 * is "full", "summary" (the run was kept without its trace: {@code trace} is empty; written before aggregates) or
 * "aggregate": the row stands for {@code runs} successful runs not kept individually, described by
 * {@code aggregate} ({@code startedAt} the first one's start, {@code durationMs} their mean, {@code path} null).
 * {@code runs} is 1 for any other row.
 */
public record ExecutionView(
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
        String startedAt,
        boolean valuesHidden,
        List<Map<String, Object>> trace,
        String kept,
        long runs,
        AggregateView aggregate) {

    /** The runs an aggregate row stands for: how many, when the first and the last started, their durations. */
    public record AggregateView(
            long count, String firstStartedAt, String lastStartedAt, double minMs, double maxMs, double totalMs) {
        static AggregateView of(ExecutionRecord r) {
            ExecutionRecord.Aggregate a = r.aggregate();
            return a == null
                    ? null
                    : new AggregateView(
                            a.count(),
                            String.valueOf(r.startedAt()),
                            String.valueOf(a.lastStartedAt()),
                            a.minMs(),
                            a.maxMs(),
                            Math.round(a.totalMs() * 1_000.0) / 1_000.0);
        }
    }

    public static ExecutionView of(ExecutionRecord r, TraceDetail detail) {
        return new ExecutionView(
                r.id(),
                r.projectId(),
                r.workflowId(),
                r.version(),
                r.kind(),
                r.status(),
                r.httpStatus(),
                r.errorCode(),
                r.method(),
                r.path(),
                r.durationMs(),
                String.valueOf(r.startedAt()),
                detail.valuesHidden(),
                detail.apply(r.trace()),
                r.kept().wire(),
                r.runs(),
                AggregateView.of(r));
    }
}
