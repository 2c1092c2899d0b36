package io.dotportion.store.cluster;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.RateLimitStore;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Rate-limit counters in the {@code rateLimits} collection: one document per (project, client key, window
 * start), its {@code _id} built from the three, bumped by a single-document {@code $inc} upsert (atomic on
 * MongoDB and on the embedded server, no transaction). A TTL index on {@code expiresAt} drops old windows on
 * MongoDB; {@link #sweep} does it where TTL indexes do not run (the embedded server).
 */
public final class MongoRateLimitStore implements RateLimitStore {
    static final String COLLECTION = "rateLimits";
    private static final FindOneAndUpdateOptions UPSERT =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> counters;

    public MongoRateLimitStore(MongoDatabase database) {
        this.counters = database.getCollection(COLLECTION);
        counters.createIndex(
                Indexes.ascending("expiresAt"),
                new IndexOptions().name("rateLimits_expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public long hit(String projectId, String key, Instant windowStart, Instant expiresAt) {
        String id = projectId + "|" + windowStart.toEpochMilli() + "|" + key;
        Bson update = Updates.combine(
                Updates.inc("count", 1L),
                Updates.setOnInsert("projectId", projectId),
                Updates.setOnInsert("key", key),
                Updates.setOnInsert("windowStart", Date.from(windowStart)),
                Updates.setOnInsert("expiresAt", Date.from(expiresAt)));
        try {
            return count(counters.findOneAndUpdate(eq("_id", id), update, UPSERT));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return count(counters.findOneAndUpdate(eq("_id", id), update, UPSERT)); // two first hits raced
        }
    }

    @Override
    public long sweep(Instant before) {
        return counters.deleteMany(lt("expiresAt", Date.from(before))).getDeletedCount();
    }

    private static long count(Document after) {
        return ((Number) after.get("count")).longValue();
    }
}
