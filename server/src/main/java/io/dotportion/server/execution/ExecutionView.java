package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionRecord;
import java.util.List;
import java.util.Map;

/** A logged execution as the API shows it; {@code kept} is "full" or "summary" (no trace kept). */
public record ExecutionView(String id, String projectId, String workflowId, Integer version, String kind,
                            String status, int httpStatus, String errorCode, String method, String path,
                            double durationMs, String startedAt, List<Map<String, Object>> trace, String kept) {

    public static ExecutionView of(ExecutionRecord r) {
        return new ExecutionView(r.id(), r.projectId(), r.workflowId(), r.version(), r.kind(), r.status(),
                r.httpStatus(), r.errorCode(), r.method(), r.path(), r.durationMs(), String.valueOf(r.startedAt()),
                r.trace(), r.kept().wire());
    }
}
