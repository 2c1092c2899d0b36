package io.dotportion.store.cluster;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.Change;
import io.dotportion.core.port.ChangeLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * The change log in two collections: {@code changeCounter} holds one document whose {@code seq} a
 * {@code $inc} hands out atomically, and {@code changes} holds each change under {@code _id = seq}. Readers
 * page with {@code _id > cursor}. No change streams or transactions, so it runs on the embedded server too.
 * A TTL index on {@code at} drops old changes on MongoDB; {@link #sweep} does it elsewhere.
 */
public final class MongoChangeLog implements ChangeLog {
    static final String COLLECTION = "changes";
    static final String COUNTER = "changeCounter";
    private static final String COUNTER_ID = "changes";
    private static final FindOneAndUpdateOptions UPSERT =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> changes;
    private final MongoCollection<Document> counter;

    public MongoChangeLog(MongoDatabase database, long retentionSeconds) {
        this.changes = database.getCollection(COLLECTION);
        this.counter = database.getCollection(COUNTER);
        changes.createIndex(
                Indexes.ascending("at"),
                new IndexOptions().name("changes_at_ttl").expireAfter(Math.max(1, retentionSeconds), TimeUnit.SECONDS));
    }

    @Override
    public long publish(Change change) {
        long seq = next();
        changes.insertOne(new Document("_id", seq)
                .append("kind", change.kind().name())
                .append("projectId", change.projectId())
                .append("workflowId", change.workflowId())
                .append("origin", change.origin())
                .append("at", Date.from(change.at())));
        return seq;
    }

    @Override
    public List<Change> after(long seq, int limit) {
        return changes.find(gt("_id", seq))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .map(MongoChangeLog::toChange)
                .into(new ArrayList<>());
    }

    @Override
    public long latest() {
        Document current = counter.find(eq("_id", COUNTER_ID)).first();
        return current == null ? 0 : ((Number) current.get("seq")).longValue();
    }

    @Override
    public long sweep(Instant before) {
        return changes.deleteMany(lt("at", Date.from(before))).getDeletedCount();
    }

    private long next() {
        try {
            return bump();
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return bump(); // two first publishes raced; the counter exists now
        }
    }

    private long bump() {
        Document after = counter.findOneAndUpdate(eq("_id", COUNTER_ID), Updates.inc("seq", 1L), UPSERT);
        return ((Number) after.get("seq")).longValue();
    }

    private static Change toChange(Document doc) {
        return new Change(
                ((Number) doc.get("_id")).longValue(),
                Change.Kind.valueOf(doc.getString("kind")),
                doc.getString("projectId"),
                doc.getString("workflowId"),
                doc.getString("origin"),
                doc.getDate("at").toInstant());
    }
}
