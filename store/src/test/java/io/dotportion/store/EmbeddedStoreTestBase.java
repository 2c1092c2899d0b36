package io.dotportion.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.testing.TestClock;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.mongo.Ids;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real embedded store on a free port for each test class, reached over the wire; each test gets
 * a database of its own.
 */
public abstract class EmbeddedStoreTestBase {
    @TempDir
    static Path dataDir;

    protected static EmbeddedMongo embedded;
    protected static MongoClient client;

    protected TestClock clock;
    protected StoreSettings settings;
    protected MongoPlatformStores stores;

    @BeforeAll
    static void startStore() {
        embedded = EmbeddedMongo.start(dataDir, 0);
        client = MongoClients.create(
                MongoPlatformStores.clientSettings(StoreSettings.defaults(embedded.connectionString())));
    }

    @AfterAll
    static void stopStore() {
        client.close();
        embedded.close();
    }

    @BeforeEach
    void openStores() {
        clock = TestClock.at(Instant.parse("2025-01-01T10:00:00.123456789Z"));
        settings = StoreSettings.defaults(embedded.connectionString()).withDatabaseName("test_" + Ids.newId());
        stores = MongoPlatformStores.over(client, settings, clock);
    }
}
