package io.dotportion.store.mongo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The layout runs were logged in before packed batches ({@link RunBatchDocuments}): one document per run, the
 * trace stored as JSON text (it holds user data whose keys may start with {@code $} or contain dots). Read
 * for the runs logged then; nothing new is written in it.
 */
final class ExecutionDocuments {
    private static final TypeReference<List<Map<String, Object>>> TRACE = new TypeReference<>() {};

    private ExecutionDocuments() {}

    static Document toDocument(ExecutionRecord record) {
        return new Document("_id", idOf(record))
                .append("projectId", record.projectId())
                .append("workflowId", record.workflowId())
                .append("version", record.version())
                .append("kind", record.kind())
                .append("status", record.status())
                .append("httpStatus", record.httpStatus())
                .append("errorCode", record.errorCode())
                .append("method", record.method())
                .append("path", record.path())
                .append("durationMs", record.durationMs())
                .append("startedAt", Times.toDate(record.startedAt()))
                .append("trace", Json.write(record.trace() == null ? List.of() : record.trace()));
    }

    static ExecutionRecord toRecord(Document doc) {
        return new ExecutionRecord(
                Ids.hex(doc.getObjectId("_id")),
                doc.getString("projectId"),
                doc.getString("workflowId"),
                doc.getInteger("version"),
                doc.getString("kind"),
                doc.getString("status"),
                doc.getInteger("httpStatus", 0),
                doc.getString("errorCode"),
                doc.getString("method"),
                doc.getString("path"),
                ((Number) doc.get("durationMs")).doubleValue(),
                Times.toInstant(doc.getDate("startedAt")),
                trace(doc.getString("trace")),
                ExecutionRecord.Kept.FULL,
                null);
    }

    /** The record's own id when it has one (it may have been handed out before the write), else a new one. */
    private static ObjectId idOf(ExecutionRecord record) {
        if (record.id() == null) {
            return new ObjectId();
        }
        return Ids.parse(record.id())
                .orElseThrow(() -> new IllegalArgumentException("an execution id must be 24 hex digits"));
    }

    private static List<Map<String, Object>> trace(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return Json.mapper().readValue(text, TRACE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored execution trace cannot be read", e);
        }
    }
}
