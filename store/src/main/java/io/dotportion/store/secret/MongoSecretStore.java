package io.dotportion.store.secret;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * Sealed secrets in collection {@code secrets} (one document per project and name, {@code _id} =
 * {@code projectId/name}) and change stamps in {@code secretChanges} (one counter per project). Every
 * write is a single-document atomic operation; no transactions, no change streams.
 */
public final class MongoSecretStore implements SecretStore {
    private final MongoCollection<Document> secrets;
    private final MongoCollection<Document> changes;

    public MongoSecretStore(MongoDatabase database) {
        this.secrets = database.getCollection("secrets");
        this.changes = database.getCollection("secretChanges");
        secrets.createIndex(Indexes.ascending("projectId"), new IndexOptions().name("secrets_projectId"));
    }

    @Override
    public List<SecretRecord> listByProject(String projectId) {
        List<SecretRecord> records = new ArrayList<>();
        for (Document document : secrets.find(eq("projectId", projectId))) {
            records.add(SecretDocuments.toRecord(document));
        }
        return records;
    }

    @Override
    public Optional<SecretRecord> find(String projectId, String name) {
        Document document =
                secrets.find(eq("_id", SecretDocuments.id(projectId, name))).first();
        return Optional.ofNullable(document).map(SecretDocuments::toRecord);
    }

    @Override
    public void insert(SecretRecord record) {
        try {
            secrets.insertOne(SecretDocuments.toDocument(record));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException("name", "the project already has a secret named '" + record.name() + "'");
            }
            throw e;
        }
    }

    @Override
    public boolean replace(SecretRecord record, int expectedVersion) {
        String id = SecretDocuments.id(record.projectId(), record.name());
        return secrets.replaceOne(
                                and(eq("_id", id), eq("version", expectedVersion)), SecretDocuments.toDocument(record))
                        .getMatchedCount()
                == 1;
    }

    @Override
    public boolean delete(String projectId, String name) {
        return secrets.deleteOne(eq("_id", SecretDocuments.id(projectId, name))).getDeletedCount() == 1;
    }

    @Override
    public long deleteByProject(String projectId) {
        return secrets.deleteMany(eq("projectId", projectId)).getDeletedCount();
    }

    @Override
    public long touch(String projectId) {
        FindOneAndUpdateOptions options =
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
        try {
            return bump(projectId, options);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return bump(projectId, options); // two first upserts raced; the counter exists now
        }
    }

    private long bump(String projectId, FindOneAndUpdateOptions options) {
        Document after = changes.findOneAndUpdate(eq("_id", projectId), Updates.inc("seq", 1L), options);
        return ((Number) after.get("seq")).longValue();
    }

    @Override
    public Map<String, Long> stamps(Collection<String> projectIds) {
        Map<String, Long> stamps = new HashMap<>();
        if (projectIds.isEmpty()) {
            return stamps;
        }
        for (Document document : changes.find(in("_id", projectIds))) {
            stamps.put(document.getString("_id"), ((Number) document.get("seq")).longValue());
        }
        return stamps;
    }
}
