package io.dotportion.store.secret;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.dotportion.core.port.AuditEntry;
import io.dotportion.core.port.AuditStore;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Audit entries in collection {@code audit}; ids are ObjectIds, so ties in time keep insertion order. */
public final class MongoAuditStore implements AuditStore {
    private final MongoCollection<Document> audit;

    public MongoAuditStore(MongoDatabase database) {
        this.audit = database.getCollection("audit");
        audit.createIndex(Indexes.ascending("projectId", "at"), new IndexOptions().name("audit_projectId_at"));
    }

    @Override
    public void record(AuditEntry entry) {
        ObjectId id = entry.id() == null ? new ObjectId() : new ObjectId(entry.id());
        audit.insertOne(new Document("_id", id)
                .append("at", Date.from(entry.at()))
                .append("actor", entry.actor())
                .append("projectId", entry.projectId())
                .append("action", entry.action())
                .append("secretName", entry.secretName())
                .append("version", entry.version())
                .append("detail", entry.detail()));
    }

    @Override
    public List<AuditEntry> list(String projectId, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        var documents = audit.find(eq("projectId", projectId))
                .sort(Sorts.descending("at", "_id"))
                .limit(limit);
        for (Document document : documents) {
            entries.add(new AuditEntry(
                    document.getObjectId("_id").toHexString(),
                    document.getDate("at").toInstant(),
                    document.getString("actor"),
                    document.getString("projectId"),
                    document.getString("action"),
                    document.getString("secretName"),
                    document.getInteger("version"),
                    document.getString("detail")));
        }
        return entries;
    }
}
