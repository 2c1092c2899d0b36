package io.dotportion.server.wiring;

import com.mongodb.client.MongoClient;
import io.dotportion.core.egress.StoreEndpoints;
import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.ChangeLog;
import io.dotportion.core.port.ExecutionStore;
import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.LoginAttemptStore;
import io.dotportion.core.port.MemberStore;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.RateLimitStore;
import io.dotportion.core.port.SecretStore;
import io.dotportion.core.port.TokenStore;
import io.dotportion.core.port.UserStore;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.nodes.mongo.ManagedDatabases;
import io.dotportion.server.cluster.ChangePublisher;
import io.dotportion.server.cluster.PublishingProjectStore;
import io.dotportion.server.cluster.PublishingWorkflowStore;
import io.dotportion.server.gateway.ProjectPolicies;
import io.dotportion.server.metrics.MongoMetrics;
import io.dotportion.store.cluster.MongoChangeLog;
import io.dotportion.store.cluster.MongoRateLimitStore;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.mongo.MongoLoginAttemptStore;
import io.dotportion.store.mongo.MongoMemberStore;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import io.dotportion.store.secret.MongoAuditStore;
import io.dotportion.store.secret.MongoKeysetStore;
import io.dotportion.store.secret.MongoSecretStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's stores: the embedded server when no URL is configured, one shared client, one database
 * for the platform's own data, and {@code project_<id>} beside it for each project's managed database;
 * rate-limit counters and the change log that instances sharing the store follow; and where the store is
 * ({@code endpoints}), for the egress policy to refuse it to tenants.
 */
record Storage(
        UserStore users,
        TokenStore tokens,
        ProjectStore projects,
        WorkflowStore workflows,
        ExecutionStore executions,
        SecretStore secrets,
        KeysetStore keysets,
        AuditStore audit,
        ManagedDatabases managed,
        RateLimitStore rateLimits,
        ChangeLog changes,
        MongoPlatformStores mongo,
        MemberStore members,
        LoginAttemptStore loginAttempts,
        StoreEndpoints endpoints) {
    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);
    static final String MANAGED_PREFIX = "project_";

    static Storage open(PlatformConfig config, Clock clock, Resources resources, MongoMetrics metrics) {
        String url = config.mongoUrl();
        if (url == null) {
            EmbeddedMongo embedded = resources.add(EmbeddedMongo.start(config.dataDir(), 0));
            url = embedded.connectionString();
            LOG.info("embedded store in {}", embedded.file());
        }
        StoreSettings settings = StoreSettings.defaults(url)
                .withDatabaseName(config.database())
                .withExecutionRetention(config.limits().logRetention());
        MongoPlatformStores stores = resources.add(
                MongoPlatformStores.open(settings, clock, metrics.platformPools(), metrics.platformCommands()));
        MongoClient client = stores.client();
        return new Storage(
                stores.users(),
                stores.tokens(),
                stores.projects(),
                stores.workflows(),
                stores.executions(),
                new MongoSecretStore(stores.database()),
                new MongoKeysetStore(stores.database()),
                new MongoAuditStore(stores.database()),
                projectId -> client.getDatabase(MANAGED_PREFIX + projectId),
                new MongoRateLimitStore(stores.database()),
                new MongoChangeLog(
                        stores.database(), config.cluster().changeRetention().toSeconds()),
                stores,
                new MongoMemberStore(stores.database()),
                new MongoLoginAttemptStore(stores.database()),
                PlatformStoreEndpoints.of(url, client));
    }

    /** The same stores, with project and workflow writes announced to the other instances. */
    Storage publishing(ProjectPolicies policies, ChangePublisher publisher) {
        return new Storage(
                users,
                tokens,
                new PublishingProjectStore(projects, policies, publisher),
                new PublishingWorkflowStore(workflows, publisher),
                executions,
                secrets,
                keysets,
                audit,
                managed,
                rateLimits,
                changes,
                mongo,
                members,
                loginAttempts,
                endpoints);
    }
}
