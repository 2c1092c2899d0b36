package io.dotportion.core.port;

import io.dotportion.core.model.WorkflowDocument;
import java.time.Instant;

/** An immutable, numbered snapshot of a workflow made by deploy. */
public record WorkflowVersion(
        String workflowId,
        String projectId,
        int version,
        WorkflowDocument document,
        String createdBy,
        Instant createdAt) {}
