package io.dotportion.store.data;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.DataCollections;
import io.dotportion.core.port.ManagedData;
import java.util.ArrayList;

/** Each project's managed database, {@code project_<projectId>}, on the platform's client. */
public final class MongoManagedData implements ManagedData {
    /** The database name prefix of managed databases (docs/OPERATIONS.md). */
    public static final String PREFIX = "project_";

    private final MongoClient client;

    public MongoManagedData(MongoClient client) {
        this.client = client;
    }

    @Override
    public DataCollections forProject(String projectId) {
        return new MongoDataCollections(client.getDatabase(PREFIX + projectId));
    }

    @Override
    public int drop(String projectId) {
        MongoDatabase database = client.getDatabase(PREFIX + projectId);
        int collections = database.listCollectionNames().into(new ArrayList<>()).size();
        database.drop();
        return collections;
    }
}
