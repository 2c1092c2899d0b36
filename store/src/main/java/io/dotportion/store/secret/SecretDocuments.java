package io.dotportion.store.secret;

import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretRecord.Previous;
import io.dotportion.core.port.SecretRecord.Sealed;
import io.dotportion.core.port.SecretRecord.Slot;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Maps {@link SecretRecord} to and from its MongoDB document. The live value keeps the fields every stored
 * secret always had ({@code version}, {@code ciphertext}, {@code previous}), with its staged value in
 * {@code staged}; other environments go in {@code environments.<name>} as {@code {current, previous, staged}}.
 * A document written before environments existed (no {@code revision}) reads as a secret with a live value
 * only, its revision and last version being its version, and {@code testUsesLive} on (its test runs used the
 * live value before, and keep doing so until a test value is set or the setting turned off): no migration.
 */
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
                .append("revision", record.revision())
                .append("lastVersion", record.lastVersion())
                .append("graceSeconds", record.graceSeconds())
                .append("testUsesLive", record.testUsesLive())
                .append("createdAt", Date.from(record.createdAt()))
                .append("updatedAt", Date.from(record.updatedAt()))
                .append("updatedBy", record.updatedBy());
        if (!record.metadata().isEmpty()) {
            document.append("metadata", new Document(new TreeMap<String, Object>(record.metadata())));
        }
        Document others = new Document();
        record.environments().forEach((environment, slot) -> {
            if (environment.equals(SecretRecord.LIVE)) {
                live(document, slot);
            } else {
                others.append(environment, slot(slot));
            }
        });
        if (!others.isEmpty()) {
            document.append("environments", others);
        }
        return document;
    }

    private static void live(Document document, Slot slot) {
        if (slot.current() != null) {
            document.append("version", slot.current().version())
                    .append("ciphertext", new Binary(slot.current().ciphertext()))
                    .append("valueAt", Date.from(slot.current().at()))
                    .append("valueBy", slot.current().by());
        }
        if (slot.previous() != null) {
            document.append("previous", previous(slot.previous()));
        }
        if (slot.staged() != null) {
            document.append("staged", sealed(slot.staged()));
        }
    }

    private static Document slot(Slot slot) {
        Document document = new Document();
        if (slot.current() != null) {
            document.append("current", sealed(slot.current()));
        }
        if (slot.previous() != null) {
            document.append("previous", previous(slot.previous()));
        }
        if (slot.staged() != null) {
            document.append("staged", sealed(slot.staged()));
        }
        return document;
    }

    private static Document sealed(Sealed sealed) {
        return new Document("version", sealed.version())
                .append("ciphertext", new Binary(sealed.ciphertext()))
                .append("at", Date.from(sealed.at()))
                .append("by", sealed.by());
    }

    private static Document previous(Previous previous) {
        return new Document("version", previous.version())
                .append("ciphertext", new Binary(previous.ciphertext()))
                .append("replacedAt", Date.from(previous.replacedAt()));
    }

    static SecretRecord toRecord(Document document) {
        Integer liveVersion = document.getInteger("version");
        int revision = document.getInteger("revision", liveVersion == null ? 0 : liveVersion);
        Instant updatedAt = instant(document.getDate("updatedAt"));
        String updatedBy = document.getString("updatedBy");
        Map<String, Slot> environments = new LinkedHashMap<>();
        Sealed liveCurrent = liveVersion == null
                ? null
                : new Sealed(
                        liveVersion,
                        bytes(document.get("ciphertext")),
                        orElse(instant(document.getDate("valueAt")), updatedAt),
                        document.getString("valueBy") == null ? updatedBy : document.getString("valueBy"));
        Slot live = new Slot(
                liveCurrent,
                toPrevious(document.get("previous", Document.class)),
                toSealed(document.get("staged", Document.class)));
        if (!live.isEmpty() || live.previous() != null) {
            environments.put(SecretRecord.LIVE, live);
        }
        Document others = document.get("environments", Document.class);
        if (others != null) {
            for (String environment : others.keySet()) {
                Document slot = others.get(environment, Document.class);
                environments.put(
                        environment,
                        new Slot(
                                toSealed(slot.get("current", Document.class)),
                                toPrevious(slot.get("previous", Document.class)),
                                toSealed(slot.get("staged", Document.class))));
            }
        }
        return new SecretRecord(
                document.getString("projectId"),
                document.getString("name"),
                document.getString("type"),
                revision,
                document.getInteger("lastVersion", revision),
                document.getInteger("graceSeconds", 0),
                // a secret stored before environments keeps what its test runs did: use the live value
                document.getBoolean("testUsesLive", !document.containsKey("revision")),
                instant(document.getDate("createdAt")),
                updatedAt,
                updatedBy,
                environments,
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

    private static Sealed toSealed(Document document) {
        return document == null
                ? null
                : new Sealed(
                        document.getInteger("version"),
                        bytes(document.get("ciphertext")),
                        instant(document.getDate("at")),
                        document.getString("by"));
    }

    private static Previous toPrevious(Document document) {
        return document == null
                ? null
                : new Previous(
                        document.getInteger("version"),
                        bytes(document.get("ciphertext")),
                        instant(document.getDate("replacedAt")));
    }

    private static Instant orElse(Instant value, Instant fallback) {
        return value == null ? fallback : value;
    }

    static byte[] bytes(Object value) {
        return value instanceof Binary binary ? binary.getData() : (byte[]) value;
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
