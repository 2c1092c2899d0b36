package io.dotportion.server.wiring;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.ExecutionStore;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.TokenStore;
import io.dotportion.core.port.UserStore;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.mongo.MongoExecutionStore;
import io.dotportion.store.mongo.MongoProjectStore;
import io.dotportion.store.mongo.MongoTokenStore;
import io.dotportion.store.mongo.MongoUserStore;
import io.dotportion.store.mongo.MongoWorkflowStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The platform's stores: the embedded server when no URL is configured, one shared client, one database. */
record Storage(UserStore users, TokenStore tokens, ProjectStore projects, WorkflowStore workflows,
               ExecutionStore executions) {
    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    static Storage open(PlatformConfig config, Clock clock, Resources resources) {
        String url = config.mongoUrl();
        if (url == null) {
            EmbeddedMongo embedded = resources.add(EmbeddedMongo.start(config.dataDir(), 0));
            url = embedded.connectionString();
            LOG.info("embedded store in {}", embedded.file());
        }
        MongoClient client = resources.add(MongoClients.create(url));
        MongoDatabase db = client.getDatabase(config.database());
        return new Storage(new MongoUserStore(db, clock), new MongoTokenStore(db),
                new MongoProjectStore(db, clock), new MongoWorkflowStore(db, clock), new MongoExecutionStore(db));
    }
}
