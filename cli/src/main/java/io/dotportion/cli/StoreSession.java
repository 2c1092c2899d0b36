package io.dotportion.cli;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import java.nio.file.Files;

/**
 * A store-level command's connection: to the platform's MongoDB at a URL (which running servers may share),
 * or to the embedded store file of a data directory, which only one process can hold at a time.
 */
final class StoreSession implements AutoCloseable {
    private final EmbeddedMongo embedded;
    private final MongoClient client;
    private final String databaseName;
    private final String description;

    private StoreSession(EmbeddedMongo embedded, MongoClient client, String databaseName, String description) {
        this.embedded = embedded;
        this.client = client;
        this.databaseName = databaseName;
        this.description = description;
    }

    /** Opens the store; {@code create} allows creating a new embedded store file (for a restore). */
    static StoreSession open(StoreOptions options, boolean create) {
        if (options.external()) {
            MongoClient client = MongoClients.create(MongoPlatformStores.clientSettings(
                    StoreSettings.defaults(options.mongoUrl()).withDatabaseName(options.database())));
            return new StoreSession(null, client, options.database(), "the store at DOTPORTION_MONGO_URL");
        }
        if (!create && !Files.exists(options.dataDir().resolve(EmbeddedMongo.FILE_NAME))) {
            throw new CliFailure(
                    "there is no store in " + options.dataDir() + " (and DOTPORTION_MONGO_URL is not set)");
        }
        EmbeddedMongo embedded = startEmbedded(options);
        MongoClient client = MongoClients.create(embedded.connectionString());
        return new StoreSession(embedded, client, options.database(), "the embedded store in " + options.dataDir());
    }

    private static EmbeddedMongo startEmbedded(StoreOptions options) {
        try {
            return EmbeddedMongo.start(options.dataDir(), 0);
        } catch (RuntimeException e) {
            throw new CliFailure("the embedded store in " + options.dataDir() + " cannot be opened; a running server "
                    + "probably holds it. Stop the server, or run the store on its own ('./dotportion store') with "
                    + "every server and this command on DOTPORTION_MONGO_URL");
        }
    }

    MongoClient client() {
        return client;
    }

    MongoDatabase platform() {
        return client.getDatabase(databaseName);
    }

    String databaseName() {
        return databaseName;
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
