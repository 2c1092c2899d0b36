package io.dotportion.store.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.core.value.Json;
import org.bson.Document;

/**
 * Maps workflows and versions to documents. The workflow document itself is stored as JSON text:
 * node data may hold keys such as {@code $set} or {@code a.b} that MongoDB refuses as field names.
 * Name, method and path are copied into plain fields for listing.
 */
final class WorkflowDocuments {
    private WorkflowDocuments() {}

    static Document summary(WorkflowDocument draft) {
        return new Document("name", draft.name())
                .append("method", draft.method())
                .append("path", draft.path());
    }

    static String toJson(WorkflowDocument document) {
        return Json.write(document);
    }

    static WorkflowDocument fromJson(String text) {
        try {
            return Json.mapper().readValue(text, WorkflowDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored workflow document cannot be read", e);
        }
    }

    static WorkflowRecord toRecord(Document doc) {
        return new WorkflowRecord(
                Ids.hex(doc.getObjectId("_id")),
                doc.getString("projectId"),
                fromJson(doc.getString("draft")),
                doc.getInteger("deployedVersion"),
                doc.getInteger("latestVersion", 0),
                Times.toInstant(doc.getDate("createdAt")),
                Times.toInstant(doc.getDate("updatedAt")));
    }

    static Document toDocument(WorkflowVersion version) {
        return summary(version.document())
                .append("workflowId", version.workflowId())
                .append("projectId", version.projectId())
                .append("version", version.version())
                .append("document", toJson(version.document()))
                .append("createdBy", version.createdBy())
                .append("createdAt", Times.toDate(version.createdAt()))
                .append("environment", version.environment());
    }

    static WorkflowVersion toVersion(Document doc) {
        return new WorkflowVersion(
                doc.getString("workflowId"),
                doc.getString("projectId"),
                doc.getInteger("version"),
                fromJson(doc.getString("document")),
                doc.getString("createdBy"),
                Times.toInstant(doc.getDate("createdAt")),
                doc.getString("environment"));
    }
}
