package io.dotportion.server.workflow;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.port.WorkflowRecord;
import java.util.List;
import java.util.Map;

/**
 * A workflow as the API shows it: its draft, which version is live, and the draft's problems ({@code warnings}:
 * a draft is saved with errors too, each keeps its severity; deploy refuses errors). {@code log} is the draft's
 * execution log setting, null for the default. {@code undeployedChanges} tells whether the draft differs from the
 * live version (null when not deployed).
 */
public record WorkflowView(
        String id,
        String projectId,
        String name,
        String method,
        String path,
        Object nodes,
        Object edges,
        Integer deployedVersion,
        int latestVersion,
        List<ViolationView> warnings,
        String createdAt,
        String updatedAt,
        Object log,
        Boolean undeployedChanges) {

    public static WorkflowView of(WorkflowRecord r, List<Violation> warnings, Boolean undeployedChanges) {
        Map<String, Object> d = WorkflowDocuments.toValue(r.draft());
        return new WorkflowView(
                r.id(),
                r.projectId(),
                r.draft().name(),
                r.draft().method(),
                r.draft().path(),
                d.get("nodes"),
                d.get("edges"),
                r.deployedVersion(),
                r.latestVersion(),
                ViolationView.all(warnings, r.draft()),
                String.valueOf(r.createdAt()),
                String.valueOf(r.updatedAt()),
                d.get("log"),
                undeployedChanges);
    }
}
