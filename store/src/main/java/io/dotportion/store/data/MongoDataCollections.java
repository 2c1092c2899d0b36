package io.dotportion.store.data;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.DataCollections;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The explorer over one MongoDB database: the managed one of a project, or a user's own. */
public final class MongoDataCollections implements DataCollections {
    /** Unique indexes the platform manages are named with this prefix and the field. */
    static final String UNIQUE_PREFIX = "dotportion_unique_";

    private static final int DUPLICATE_KEY = 11000;

    private final MongoDatabase database;

    public MongoDataCollections(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public List<CollectionInfo> collections() {
        List<CollectionInfo> out = new ArrayList<>();
        for (String name : database.listCollectionNames().into(new ArrayList<>())) {
            if (!name.startsWith("system.")) {
                out.add(new CollectionInfo(name, database.getCollection(name).countDocuments()));
            }
        }
        out.sort((a, b) -> a.name().compareTo(b.name()));
        return out;
    }

    @Override
    public Page page(String collection, Map<String, Object> filter, List<SortKey> sort, int skip, int limit) {
        MongoCollection<Document> c = database.getCollection(collection);
        Document query = PlainValues.toBson(filter);
        List<Bson> order = new ArrayList<>();
        sort.forEach(k -> order.add(k.descending() ? Sorts.descending(k.field()) : Sorts.ascending(k.field())));
        if (sort.stream().noneMatch(k -> k.field().equals("_id"))) {
            order.add(Sorts.ascending("_id"));
        }
        List<Map<String, Object>> documents = c.find(query)
                .sort(Sorts.orderBy(order))
                .skip(skip)
                .limit(limit)
                .map(PlainValues::toPlain)
                .into(new ArrayList<>());
        return new Page(documents, c.countDocuments(query), skip, limit);
    }

    @Override
    public Optional<Map<String, Object>> byId(String collection, String id) {
        return Optional.ofNullable(
                        database.getCollection(collection).find(byId(id)).first())
                .map(PlainValues::toPlain);
    }

    @Override
    public Map<String, Object> insert(String collection, Map<String, Object> document) {
        Document bson = PlainValues.toBson(document);
        unique(() -> database.getCollection(collection).insertOne(bson));
        return PlainValues.toPlain(bson);
    }

    @Override
    public Optional<Map<String, Object>> replace(String collection, String id, Map<String, Object> document) {
        Document bson = PlainValues.toBson(document);
        bson.remove("_id");
        Document stored = new Document("_id", PlainValues.id(id));
        stored.putAll(bson);
        long matched = unique(() ->
                database.getCollection(collection).replaceOne(byId(id), stored).getMatchedCount());
        return matched == 0 ? Optional.empty() : Optional.of(PlainValues.toPlain(stored));
    }

    @Override
    public boolean delete(String collection, String id) {
        return database.getCollection(collection).deleteOne(byId(id)).getDeletedCount() > 0;
    }

    @Override
    public boolean anyMatch(String collection, Map<String, Object> filter) {
        Document bson = filter instanceof Document d ? d : PlainValues.toBson(filter);
        return database.getCollection(collection).find(bson).limit(1).first() != null;
    }

    @Override
    public void uniqueFields(String collection, List<String> fields) {
        MongoCollection<Document> c = database.getCollection(collection);
        for (Document index : c.listIndexes().into(new ArrayList<>())) {
            String name = index.getString("name");
            if (name.startsWith(UNIQUE_PREFIX) && !fields.contains(name.substring(UNIQUE_PREFIX.length()))) {
                c.dropIndex(name);
            }
        }
        for (String field : fields) {
            try {
                c.createIndex(
                        Indexes.ascending(field),
                        new IndexOptions().unique(true).sparse(true).name(UNIQUE_PREFIX + field));
            } catch (MongoException e) {
                if (e.getCode() == DUPLICATE_KEY
                        || String.valueOf(e.getMessage()).contains("duplicate key")) {
                    throw new ConflictException(field, "documents already repeat values of " + field);
                }
                throw e;
            }
        }
    }

    private static Bson byId(String id) {
        return Filters.eq("_id", PlainValues.id(id));
    }

    private static <T> T unique(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new ConflictException(field(e.getError().getMessage()), "a unique field repeats a stored value");
            }
            throw e;
        }
    }

    private static void unique(Runnable write) {
        unique(() -> {
            write.run();
            return null;
        });
    }

    /** The field of a platform unique index named in a duplicate key message, or null. */
    private static String field(String message) {
        int at = message == null ? -1 : message.indexOf(UNIQUE_PREFIX);
        if (at < 0) {
            return message != null && message.contains("_id_") ? "_id" : null;
        }
        int end = at + UNIQUE_PREFIX.length();
        while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
            end++;
        }
        return message.substring(at + UNIQUE_PREFIX.length(), end);
    }
}
