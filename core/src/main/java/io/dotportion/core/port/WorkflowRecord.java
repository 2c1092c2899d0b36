package io.dotportion.core.port;

import io.dotportion.core.model.WorkflowDocument;
import java.time.Instant;

/**
 * A stored workflow: its editable draft, the version that serves traffic ({@code deployedVersion},
 * null when not deployed) and the highest version number handed out so far.
 */
public record WorkflowRecord(
        String id,
        String projectId,
        WorkflowDocument draft,
        Integer deployedVersion,
        int latestVersion,
        Instant createdAt,
        Instant updatedAt) {}
