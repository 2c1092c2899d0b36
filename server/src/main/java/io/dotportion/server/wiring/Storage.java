package io.dotportion.server.wiring;

import com.mongodb.event.ConnectionPoolListener;
import io.dotportion.core.port.ExecutionStore;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.TokenStore;
import io.dotportion.core.port.UserStore;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform's stores: the embedded server when no URL is configured, one shared client, one database. */
record Storage(UserStore users, TokenStore tokens, ProjectStore projects, WorkflowStore workflows,
               ExecutionStore executions, MongoPlatformStores mongo) {
    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    static Storage open(PlatformConfig config, Clock clock, Resources resources, List<ConnectionPoolListener> pools) {
        String url = config.mongoUrl();
        if (url == null) {
            EmbeddedMongo embedded = resources.add(EmbeddedMongo.start(config.dataDir(), 0));
            url = embedded.connectionString();
            LOG.info("embedded store in {}", embedded.file());
        }
        StoreSettings settings = StoreSettings.defaults(url)
                .withDatabaseName(config.database())
                .withExecutionRetention(config.limits().logRetention());
        MongoPlatformStores stores = resources.add(MongoPlatformStores.open(settings, clock, pools));
        return new Storage(stores.users(), stores.tokens(), stores.projects(), stores.workflows(),
                stores.executions(), stores);
    }
}
