package io.dotportion.store.secret;

import io.dotportion.core.port.SecretRecord;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Binary;

/** Maps {@link SecretRecord} to and from its MongoDB document. */
final class SecretDocuments {

    private SecretDocuments() {}

    static String id(String projectId, String name) {
        return projectId + "/" + name;
    }

    static Document toDocument(SecretRecord record) {
        Document document = new Document("_id", id(record.projectId(), record.name()))
                .append("projectId", record.projectId())
                .append("name", record.name())
                .append("type", record.type())
                .append("version", record.version())
                .append("ciphertext", new Binary(record.ciphertext()))
                .append("graceSeconds", record.graceSeconds())
                .append("createdAt", Date.from(record.createdAt()))
                .append("updatedAt", Date.from(record.updatedAt()))
                .append("updatedBy", record.updatedBy());
        if (!record.metadata().isEmpty()) {
            document.append("metadata", new Document(new TreeMap<String, Object>(record.metadata())));
        }
        if (record.previous() != null) {
            SecretRecord.Previous previous = record.previous();
            document.append(
                    "previous",
                    new Document("version", previous.version())
                            .append("ciphertext", new Binary(previous.ciphertext()))
                            .append("replacedAt", Date.from(previous.replacedAt())));
        }
        return document;
    }

    static SecretRecord toRecord(Document document) {
        Document previous = document.get("previous", Document.class);
        return new SecretRecord(
                document.getString("projectId"),
                document.getString("name"),
                document.getString("type"),
                document.getInteger("version"),
                bytes(document.get("ciphertext")),
                document.getInteger("graceSeconds", 0),
                instant(document.getDate("createdAt")),
                instant(document.getDate("updatedAt")),
                document.getString("updatedBy"),
                previous == null
                        ? null
                        : new SecretRecord.Previous(
                                previous.getInteger("version"),
                                bytes(previous.get("ciphertext")),
                                instant(previous.getDate("replacedAt"))),
                metadata(document.get("metadata", Document.class)));
    }

    private static Map<String, String> metadata(Document metadata) {
        Map<String, String> out = new TreeMap<>();
        if (metadata != null) {
            metadata.forEach((key, value) -> {
                if (value instanceof String text) {
                    out.put(key, text);
                }
            });
        }
        return out;
    }

    static byte[] bytes(Object value) {
        return value instanceof Binary binary ? binary.getData() : (byte[]) value;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
