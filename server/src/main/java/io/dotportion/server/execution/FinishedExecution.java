package io.dotportion.server.execution;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.secret.Redactor;
import java.time.Instant;

/**
 * One finished run, handed to the execution log as is: formatting, capping and redaction of its trace
 * happen on the log's writer thread. {@code kind} is "deployed" or "test".
 */
public record FinishedExecution(String id, String projectId, String workflowId, Integer version, String kind,
                                String method, String path, Instant startedAt, ExecutionResult result,
                                Redactor redactor) {
}
