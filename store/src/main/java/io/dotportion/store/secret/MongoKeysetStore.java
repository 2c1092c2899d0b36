package io.dotportion.store.secret;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;

/** Wrapped project keysets in collection {@code projectKeysets}, {@code _id} = project id. */
public final class MongoKeysetStore implements KeysetStore {
    private final MongoCollection<Document> keysets;

    public MongoKeysetStore(MongoDatabase database) {
        this.keysets = database.getCollection("projectKeysets");
    }

    @Override
    public Optional<WrappedKeyset> find(String projectId) {
        return Optional.ofNullable(keysets.find(eq("_id", projectId)).first()).map(MongoKeysetStore::toKeyset);
    }

    @Override
    public boolean insertIfAbsent(WrappedKeyset keyset) {
        try {
            keysets.insertOne(toDocument(keyset));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean replace(WrappedKeyset keyset, String expectedKeyId, int expectedRevision) {
        var filter =
                and(eq("_id", keyset.projectId()), eq("masterKeyId", expectedKeyId), eq("revision", expectedRevision));
        return keysets.replaceOne(filter, toDocument(keyset)).getMatchedCount() == 1;
    }

    @Override
    public List<WrappedKeyset> all() {
        List<WrappedKeyset> all = new ArrayList<>();
        for (Document document : keysets.find()) {
            all.add(toKeyset(document));
        }
        return all;
    }

    @Override
    public long count() {
        return keysets.countDocuments();
    }

    @Override
    public boolean delete(String projectId) {
        return keysets.deleteOne(eq("_id", projectId)).getDeletedCount() == 1;
    }

    private static Document toDocument(WrappedKeyset keyset) {
        return new Document("_id", keyset.projectId())
                .append("masterKeyId", keyset.masterKeyId())
                .append("wrapped", new Binary(keyset.wrapped()))
                .append("revision", keyset.revision())
                .append("createdAt", Date.from(keyset.createdAt()))
                .append("rewrappedAt", keyset.rewrappedAt() == null ? null : Date.from(keyset.rewrappedAt()));
    }

    private static WrappedKeyset toKeyset(Document document) {
        return new WrappedKeyset(
                document.getString("_id"),
                document.getString("masterKeyId"),
                SecretDocuments.bytes(document.get("wrapped")),
                document.getInteger("revision"),
                SecretDocuments.instant(document.getDate("createdAt")),
                SecretDocuments.instant(document.getDate("rewrappedAt")));
    }
}
