package io.dotportion.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One logged execution. {@code trace} entries are plain, already redacted and size-capped value trees
 * ({@code nodeId, type, status, durationMs, input, output, error}). {@code kind} is "deployed" or "test".
 */
public record ExecutionRecord(String id, String projectId, String workflowId, Integer version, String kind,
                              String status, int httpStatus, String errorCode, String method, String path,
                              double durationMs, Instant startedAt, List<Map<String, Object>> trace) {
}
