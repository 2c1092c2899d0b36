package io.dotportion.store.secret;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

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
 * {@code projectId/name}) and change stamps in {@code secretChanges} (one counter per project, with the
 * environments the project added: instances learn of those through the same stamp). Every
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
    public boolean replace(SecretRecord record, int expectedRevision) {
        String id = SecretDocuments.id(record.projectId(), record.name());
        // a document from before environments has no revision: its version stands for it
        var unchanged =
                or(eq("revision", expectedRevision), and(exists("revision", false), eq("version", expectedRevision)));
        return secrets.replaceOne(and(eq("_id", id), unchanged), SecretDocuments.toDocument(record))
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
    public List<String> environments(String projectId) {
        Document document = changes.find(eq("_id", projectId)).first();
        List<String> names = document == null ? null : document.getList("environments", String.class);
        return names == null ? List.of() : List.copyOf(names);
    }

    @Override
    public boolean addEnvironment(String projectId, String name, int limit) {
        touch(projectId); // the counter document exists from here on
        if (environments(projectId).contains(name)) {
            return true;
        }
        // fewer than limit names: the element at index limit - 1 does not exist
        var room = and(eq("_id", projectId), exists("environments." + (limit - 1), false));
        changes.updateOne(room, Updates.addToSet("environments", name));
        return environments(projectId).contains(name);
    }

    @Override
    public boolean removeEnvironment(String projectId, String name) {
        return changes.updateOne(
                                and(eq("_id", projectId), eq("environments", name)), Updates.pull("environments", name))
                        .getModifiedCount()
                == 1;
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
