package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoServerException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.LoginAttemptStore;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Failed login counters in collection {@code loginAttempts}: one document per key and window, counted with
 * an atomic upsert and {@code $inc}; a TTL index removes windows that are over.
 */
public final class MongoLoginAttemptStore implements LoginAttemptStore {
    static final String COLLECTION = "loginAttempts";
    private static final int MAX_ATTEMPTS = 3;

    private final MongoCollection<Document> attempts;

    public MongoLoginAttemptStore(MongoDatabase db) {
        this.attempts = db.getCollection(COLLECTION);
        attempts.createIndex(Indexes.ascending("expiresAt"),
                new IndexOptions().name("loginAttempts_expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public long recordFailure(String key, Instant windowStart, Instant expiresAt) {
        var update = Updates.combine(Updates.inc("count", 1L),
                Updates.setOnInsert("expiresAt", Times.toDate(expiresAt)));
        var options = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        for (int attempt = 1; ; attempt++) {
            try {
                Document counted = attempts.findOneAndUpdate(eq("_id", id(key, windowStart)), update, options);
                return counted == null ? 1 : counted.get("count", Number.class).longValue();
            } catch (MongoServerException e) {
                if (!Conflicts.isDuplicateKey(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public long failures(String key, Instant windowStart) {
        Document counted = attempts.find(eq("_id", id(key, windowStart))).first();
        return counted == null ? 0 : counted.get("count", Number.class).longValue();
    }

    @Override
    public void clear(String key, Instant windowStart) {
        attempts.deleteOne(eq("_id", id(key, windowStart)));
    }

    private static String id(String key, Instant windowStart) {
        return key + "@" + windowStart.toEpochMilli();
    }
}
