package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoPlatformStoresTest extends EmbeddedStoreTestBase {

    private List<Document> indexes(String collection) {
        return stores.database().getCollection(collection).listIndexes().into(new ArrayList<>());
    }

    @Test
    void the_unique_indexes_exist_after_startup() {
        assertThat(indexes("users"))
                .filteredOn(i -> i.getBoolean("unique", false))
                .extracting(i -> i.getString("name"))
                .contains("users_email", "users_username");
        assertThat(indexes("tokens"))
                .filteredOn(i -> i.getBoolean("unique", false))
                .extracting(i -> i.getString("name"))
                .contains("tokens_tokenHash");
        assertThat(indexes("projects"))
                .filteredOn(i -> i.getBoolean("unique", false))
                .extracting(i -> i.get("key"))
                .contains(new Document("ownerId", 1).append("slug", 1));
        assertThat(indexes("workflowVersions"))
                .filteredOn(i -> i.getBoolean("unique", false))
                .extracting(i -> i.get("key"))
                .contains(new Document("workflowId", 1).append("version", 1));
    }

    @Test
    void executions_expire_after_the_retention_and_a_new_retention_replaces_the_old_one() {
        assertThat(ttlSeconds()).containsExactly(Duration.ofDays(7).toSeconds());

        MongoPlatformStores.over(client, settings.withExecutionRetention(Duration.ofHours(1)), clock);
        MongoPlatformStores.over(client, settings.withExecutionRetention(Duration.ofHours(1)), clock);

        assertThat(ttlSeconds()).containsExactly(3600L);
    }

    private List<Long> ttlSeconds() {
        return indexes("executions").stream()
                .filter(i -> i.containsKey("expireAfterSeconds"))
                .map(i -> ((Number) i.get("expireAfterSeconds")).longValue())
                .toList();
    }

    @Test
    void client_settings_have_our_defaults_and_the_connection_string_wins() {
        MongoClientSettings defaults =
                MongoPlatformStores.clientSettings(StoreSettings.defaults("mongodb://127.0.0.1:1"));
        MongoClientSettings overridden = MongoPlatformStores.clientSettings(StoreSettings.defaults(
                "mongodb://127.0.0.1:1/?maxPoolSize=7&serverSelectionTimeoutMS=900&appName=mine"));

        assertThat(defaults.getApplicationName()).isEqualTo("dotportion");
        assertThat(defaults.getConnectionPoolSettings().getMaxSize()).isEqualTo(50);
        assertThat(defaults.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(5000);
        assertThat(overridden.getApplicationName()).isEqualTo("mine");
        assertThat(overridden.getConnectionPoolSettings().getMaxSize()).isEqualTo(7);
        assertThat(overridden.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(900);
    }

    @Test
    void open_owns_its_client_and_reaches_the_configured_database() {
        StoreSettings own = StoreSettings.defaults(embedded.connectionString()).withDatabaseName("own_" + Ids.newId());
        try (MongoPlatformStores opened = MongoPlatformStores.open(own, clock)) {
            opened.users().create("a@example.com", "a", "h");
            assertThat(opened.database().getName()).isEqualTo(own.databaseName());
            assertThat(client.getDatabase(own.databaseName())
                            .getCollection("users")
                            .countDocuments())
                    .isEqualTo(1);
        }
    }
}
