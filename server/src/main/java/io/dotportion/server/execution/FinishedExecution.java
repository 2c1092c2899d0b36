package io.dotportion.server.execution;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.model.LogSetting;
import io.dotportion.core.secret.Redactor;
import java.time.Instant;

/**
 * One finished run, handed to the execution log as is: formatting, capping and redaction of its trace
 * happen on the log's writer thread. {@code kind} is "deployed" or "test"; {@code log} is the workflow's
 * log setting (null: the default).
 */
public record FinishedExecution(
        String id,
        String projectId,
        String workflowId,
        Integer version,
        String kind,
        String method,
        String path,
        Instant startedAt,
        ExecutionResult result,
        Redactor redactor,
        LogSetting log) {

    public static final String DEPLOYED = "deployed";
    public static final String TEST = "test";

    public FinishedExecution(
            String id,
            String projectId,
            String workflowId,
            Integer version,
            String kind,
            String method,
            String path,
            Instant startedAt,
            ExecutionResult result,
            Redactor redactor) {
        this(id, projectId, workflowId, version, kind, method, path, startedAt, result, redactor, null);
    }

    /** A failure or a test run: always kept in full. */
    public boolean alwaysFull() {
        return result.failed() || TEST.equals(kind);
    }
}
