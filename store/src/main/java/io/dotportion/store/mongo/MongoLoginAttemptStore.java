package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;

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
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * Failed login counters in collection {@code loginAttempts}: one document per key ({@code count}, {@code last},
 * {@code expiresAt}), counted with an atomic upsert and {@code $inc}. A key past its {@code expiresAt} counts
 * as empty (and is removed before its next failure is counted); a TTL index removes the rest.
 */
public final class MongoLoginAttemptStore implements LoginAttemptStore {
    static final String COLLECTION = "loginAttempts";
    private static final int MAX_ATTEMPTS = 3;

    private final MongoCollection<Document> attempts;

    public MongoLoginAttemptStore(MongoDatabase db) {
        this.attempts = db.getCollection(COLLECTION);
        attempts.createIndex(
                Indexes.ascending("expiresAt"),
                new IndexOptions().name("loginAttempts_expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public Failures recordFailure(String key, Instant now, Instant expiresAt) {
        attempts.deleteOne(and(eq("_id", key), lte("expiresAt", Times.toDate(now))));
        var update = Updates.combine(
                Updates.inc("count", 1L),
                Updates.max("last", Times.toDate(now)),
                Updates.max("expiresAt", Times.toDate(expiresAt)));
        var options = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        for (int attempt = 1; ; attempt++) {
            try {
                Document counted = attempts.findOneAndUpdate(eq("_id", key), update, options);
                return counted == null ? new Failures(1, now) : failures(counted);
            } catch (MongoServerException e) {
                if (!Conflicts.isDuplicateKey(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public Optional<Failures> failures(String key, Instant now) {
        Document counted = attempts.find(eq("_id", key)).first();
        if (counted == null || !counted.getDate("expiresAt").toInstant().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(failures(counted));
    }

    @Override
    public void clear(String key) {
        attempts.deleteOne(eq("_id", key));
    }

    private static Failures failures(Document counted) {
        Date last = counted.getDate("last");
        return new Failures(counted.get("count", Number.class).longValue(), last.toInstant());
    }
}
