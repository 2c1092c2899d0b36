package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.ApiToken;
import io.dotportion.core.port.TokenStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/** API tokens in the {@code tokens} collection, found by the hash of their value. */
public final class MongoTokenStore implements TokenStore {
    private static final Map<String, Conflicts.Unique> UNIQUE = Map.of(
            PlatformIndexes.TOKENS_HASH, new Conflicts.Unique("tokenHash", "a token with this value already exists"));

    private final MongoCollection<Document> tokens;

    public MongoTokenStore(MongoDatabase db) {
        this.tokens = db.getCollection(PlatformIndexes.TOKENS);
    }

    /** Stores the token under a new id (the given id is ignored); times are kept to the millisecond. */
    @Override
    public ApiToken create(ApiToken token) {
        ObjectId id = new ObjectId();
        ApiToken stored = new ApiToken(
                Ids.hex(id),
                token.userId(),
                token.name(),
                token.kind(),
                token.scope(),
                token.tokenHash(),
                Times.millis(token.createdAt()),
                Times.millis(token.expiresAt()),
                token.revoked());
        Document doc = new Document("_id", id)
                .append("userId", stored.userId())
                .append("name", stored.name())
                .append("kind", stored.kind())
                .append("scope", stored.scope())
                .append("tokenHash", stored.tokenHash())
                .append("createdAt", Times.toDate(stored.createdAt()))
                .append("expiresAt", Times.toDate(stored.expiresAt()))
                .append("revoked", stored.revoked());
        Conflicts.guard(UNIQUE, () -> tokens.insertOne(doc));
        return stored;
    }

    @Override
    public Optional<ApiToken> byHash(String tokenHash) {
        return Optional.ofNullable(tokens.find(eq("tokenHash", tokenHash)).first())
                .map(MongoTokenStore::toToken);
    }

    /** Newest first. */
    @Override
    public List<ApiToken> listByUser(String userId) {
        return tokens.find(eq("userId", userId))
                .sort(Sorts.descending("createdAt", "_id"))
                .map(MongoTokenStore::toToken)
                .into(new ArrayList<>());
    }

    @Override
    public boolean revoke(String userId, String tokenId) {
        return Ids.parse(tokenId)
                .map(id -> tokens.updateOne(and(eq("_id", id), eq("userId", userId)), Updates.set("revoked", true)))
                .map(result -> result.getMatchedCount() > 0)
                .orElse(false);
    }

    private static ApiToken toToken(Document doc) {
        return new ApiToken(
                Ids.hex(doc.getObjectId("_id")),
                doc.getString("userId"),
                doc.getString("name"),
                doc.getString("kind"),
                doc.getString("scope"),
                doc.getString("tokenHash"),
                Times.toInstant(doc.getDate("createdAt")),
                Times.toInstant(doc.getDate("expiresAt")),
                doc.getBoolean("revoked", false));
    }
}
