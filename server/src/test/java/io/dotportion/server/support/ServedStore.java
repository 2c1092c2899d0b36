package io.dotportion.server.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;

/** The embedded store served on a free port of its own, so that a test reads and writes it beside the platform. */
public final class ServedStore implements AutoCloseable {
    private final EmbeddedMongo store;
    private final MongoClient client;

    private ServedStore(EmbeddedMongo store) {
        this.store = store;
        this.client = MongoClients.create(store.connectionString());
    }

    static ServedStore start(Path dir) {
        return new ServedStore(EmbeddedMongo.start(dir, 0));
    }

    public String connectionString() {
        return store.connectionString();
    }

    public MongoClient client() {
        return client;
    }

    /** The platform's own database. */
    public MongoDatabase platformDatabase() {
        return client.getDatabase(PlatformConfig.DEFAULT_DATABASE);
    }

    /** The managed database of one project. */
    public MongoDatabase projectDatabase(String projectId) {
        return client.getDatabase("project_" + projectId);
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            store.close();
        }
    }
}
