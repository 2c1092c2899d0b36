package io.dotportion.server.workflow;

import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.port.WorkflowVersion;
import java.util.Map;
import java.util.Objects;

/** One deployed version as the API shows it: its frozen document (nodes and edges included) and who made it. */
public record VersionDocumentView(
        int version,
        String name,
        String method,
        String path,
        Object nodes,
        Object edges,
        String createdBy,
        String createdAt,
        boolean deployed) {

    public static VersionDocumentView of(WorkflowVersion v, Integer deployedVersion) {
        Map<String, Object> d = WorkflowDocuments.toValue(v.document());
        return new VersionDocumentView(
                v.version(),
                v.document().name(),
                v.document().method(),
                v.document().path(),
                d.get("nodes"),
                d.get("edges"),
                v.createdBy(),
                String.valueOf(v.createdAt()),
                Objects.equals(deployedVersion, v.version()));
    }
}
