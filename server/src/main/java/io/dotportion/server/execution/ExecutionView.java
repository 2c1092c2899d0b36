package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionRecord;
import java.util.List;
import java.util.Map;

/**
 * A logged execution as the API shows it to one caller. {@code valuesHidden} says that the trace shows the
 * run's shape only (the caller's role may not read the project's data; see {@link TraceDetail}). {@code kept}
 * is "full" or "summary" (the run was kept without its trace: {@code trace} is empty).
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
        String kept) {

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
                r.kept().wire());
    }
}
