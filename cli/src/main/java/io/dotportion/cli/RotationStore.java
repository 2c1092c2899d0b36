package io.dotportion.cli;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import io.dotportion.store.secret.MongoAuditStore;
import io.dotportion.store.secret.MongoKeysetStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store a master-key rotation works on: the platform's MongoDB at a URL (shared with running servers),
 * or the embedded store file of a data directory, opened only when no server holds it.
 */
final class RotationStore implements AutoCloseable {
    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final MongoDatabase database;
    private final String description;

    /** The store cannot be opened; the message says why and what to do. */
    static final class StoreUnavailableException extends RuntimeException {
        StoreUnavailableException(String message) {
            super(message, null, false, false);
        }
    }

    private RotationStore(EmbeddedMongo embedded, MongoClient client, MongoDatabase database, String description) {
        this.embedded = embedded;
        this.client = client;
        this.database = database;
        this.description = description;
    }

    static RotationStore open(String mongoUrl, String databaseName, Path dataDir) {
        if (mongoUrl != null && !mongoUrl.isBlank()) {
            MongoClient client = MongoClients.create(MongoPlatformStores.clientSettings(
                    StoreSettings.defaults(mongoUrl).withDatabaseName(databaseName)));
            return new RotationStore(
                    null, client, client.getDatabase(databaseName), "the store at DOTPORTION_MONGO_URL");
        }
        if (!Files.exists(dataDir.resolve(EmbeddedMongo.FILE_NAME))) {
            throw new StoreUnavailableException(
                    "there is no store in " + dataDir + " (and DOTPORTION_MONGO_URL is not set)");
        }
        EmbeddedMongo embedded = openEmbedded(dataDir);
        MongoClient client = MongoClients.create(embedded.connectionString());
        return new RotationStore(
                embedded, client, client.getDatabase(databaseName), "the embedded store in " + dataDir + " (offline)");
    }

    private static EmbeddedMongo openEmbedded(Path dataDir) {
        try {
            return EmbeddedMongo.start(dataDir, 0);
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(
                    "the embedded store in " + dataDir + " cannot be opened; a running server "
                            + "probably holds it. Stop the server to rotate offline, or run the store on its own "
                            + "('./dotportion store') with every server on DOTPORTION_MONGO_URL to rotate while serving");
        }
    }

    KeysetStore keysets() {
        return new MongoKeysetStore(database);
    }

    AuditStore audit() {
        return new MongoAuditStore(database);
    }

    String description() {
        return description;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
