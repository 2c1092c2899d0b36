package io.dotportion.store.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.ConnectionPoolListener;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform's stores over one database, with its indexes created. {@link #open} builds and owns a
 * client (closed by {@link #close()}); {@link #over} uses a client the caller owns and closes.
 */
public final class MongoPlatformStores implements AutoCloseable {
    /** The application name the platform's connections show in MongoDB's logs. */
    public static final String APPLICATION_NAME = "dotportion";

    private final MongoClient client;
    private final boolean ownsClient;
    private final MongoDatabase database;
    private final MongoUserStore users;
    private final MongoTokenStore tokens;
    private final MongoProjectStore projects;
    private final MongoWorkflowStore workflows;
    private final MongoExecutionStore executions;

    private MongoPlatformStores(MongoClient client, boolean ownsClient, MongoDatabase database, Clock clock) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.database = database;
        this.users = new MongoUserStore(database, clock);
        this.tokens = new MongoTokenStore(database);
        this.projects = new MongoProjectStore(database, clock);
        this.workflows = new MongoWorkflowStore(database, clock);
        this.executions = new MongoExecutionStore(database);
    }

    /** Connects with {@link #clientSettings}, creates the indexes, and owns the client. */
    public static MongoPlatformStores open(StoreSettings settings, Clock clock) {
        return open(settings, clock, List.of());
    }

    /** Like {@link #open(StoreSettings, Clock)}, with listeners on the client's connection pools (metrics). */
    public static MongoPlatformStores open(StoreSettings settings, Clock clock, List<ConnectionPoolListener> pools) {
        return open(settings, clock, pools, List.of());
    }

    /** Like {@link #open(StoreSettings, Clock)}, with listeners on the client's pools and commands (metrics). */
    public static MongoPlatformStores open(
            StoreSettings settings, Clock clock, List<ConnectionPoolListener> pools, List<CommandListener> commands) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder(clientSettings(settings));
        commands.forEach(builder::addCommandListener);
        pools.forEach(listener -> builder.applyToConnectionPoolSettings(p -> p.addConnectionPoolListener(listener)));
        MongoClient client = MongoClients.create(builder.build());
        try {
            MongoDatabase database = client.getDatabase(settings.databaseName());
            PlatformIndexes.create(database, settings.executionRetention());
            return new MongoPlatformStores(client, true, database, clock);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Uses {@code client} (which the caller closes) and the settings' database name; creates the indexes. */
    public static MongoPlatformStores over(MongoClient client, StoreSettings settings, Clock clock) {
        MongoDatabase database = client.getDatabase(settings.databaseName());
        PlatformIndexes.create(database, settings.executionRetention());
        return new MongoPlatformStores(client, false, database, clock);
    }

    /** Our defaults first, then whatever the connection string says. */
    public static MongoClientSettings clientSettings(StoreSettings settings) {
        return MongoClientSettings.builder()
                .applicationName(APPLICATION_NAME)
                .applyToClusterSettings(c -> c.serverSelectionTimeout(
                        settings.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(p -> p.maxSize(settings.maxPoolSize()))
                .applyConnectionString(new ConnectionString(settings.connectionString()))
                .build();
    }

    /** The client, to share its pool (for example with the managed database of each project). */
    public MongoClient client() {
        return client;
    }

    /** The platform database. */
    public MongoDatabase database() {
        return database;
    }

    public MongoUserStore users() {
        return users;
    }

    public MongoTokenStore tokens() {
        return tokens;
    }

    public MongoProjectStore projects() {
        return projects;
    }

    public MongoWorkflowStore workflows() {
        return workflows;
    }

    public MongoExecutionStore executions() {
        return executions;
    }

    @Override
    public void close() {
        if (ownsClient) {
            client.close();
        }
    }
}
