package io.dotportion.core.port;

import io.dotportion.core.model.WorkflowDocument;
import java.time.Instant;

/**
 * An immutable, numbered snapshot of a workflow made by deploy, bound to the environment whose secret
 * values its runs use ({@code live} unless the deploy named another).
 */
public record WorkflowVersion(
        String workflowId,
        String projectId,
        int version,
        WorkflowDocument document,
        String createdBy,
        Instant createdAt,
        String environment) {

    public static final String LIVE = "live";

    public WorkflowVersion {
        environment = environment == null ? LIVE : environment;
    }

    public WorkflowVersion(
            String workflowId,
            String projectId,
            int version,
            WorkflowDocument document,
            String createdBy,
            Instant createdAt) {
        this(workflowId, projectId, version, document, createdBy, createdAt, LIVE);
    }
}
