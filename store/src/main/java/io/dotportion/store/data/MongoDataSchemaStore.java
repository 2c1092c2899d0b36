package io.dotportion.store.data;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.value.Json;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Collection schemas in the {@code dataSchemas} collection, one document per (project, collection). The
 * schema is stored as JSON text, so its property names may hold characters MongoDB keys may not.
 */
public final class MongoDataSchemaStore implements DataSchemaStore {
    static final String COLLECTION = "dataSchemas";
    private final MongoCollection<Document> schemas;
    private final Clock clock;

    public MongoDataSchemaStore(MongoDatabase database, Clock clock) {
        this.schemas = database.getCollection(COLLECTION);
        this.clock = clock;
        schemas.createIndex(
                Indexes.ascending("projectId", "collection"),
                new IndexOptions().unique(true).name("dataSchemas_projectId_collection"));
    }

    @Override
    public Optional<Map<String, Object>> find(String projectId, String collection) {
        return Optional.ofNullable(schemas.find(key(projectId, collection)).first())
                .map(MongoDataSchemaStore::schema);
    }

    @Override
    public Map<String, Map<String, Object>> all(String projectId) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        schemas.find(eq("projectId", projectId)).forEach(doc -> out.put(doc.getString("collection"), schema(doc)));
        return out;
    }

    @Override
    public void save(String projectId, String collection, Map<String, Object> schema) {
        Document doc = new Document("projectId", projectId)
                .append("collection", collection)
                .append("schema", Json.write(schema))
                .append("updatedAt", Date.from(clock.instant()));
        schemas.replaceOne(key(projectId, collection), doc, new ReplaceOptions().upsert(true));
    }

    @Override
    public void deleteProject(String projectId) {
        schemas.deleteMany(eq("projectId", projectId));
    }

    @Override
    public boolean delete(String projectId, String collection) {
        return schemas.deleteOne(key(projectId, collection)).getDeletedCount() > 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Document doc) {
        return (Map<String, Object>) Json.parse(doc.getString("schema"));
    }

    private static Bson key(String projectId, String collection) {
        return and(eq("projectId", projectId), eq("collection", collection));
    }
}
