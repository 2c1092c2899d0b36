package io.dotportion.nodes.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One client of a user's database with its bookkeeping. The mutable fields are guarded by the owning
 * {@link MongoClientPool}'s lock.
 */
final class PooledClient {
    final ClientKey key;
    final MongoClient client;
    final Optional<String> defaultDatabase;
    final EgressResolver resolver;
    int inFlight;
    boolean retired;
    Instant lastUsed;

    private PooledClient(
            ClientKey key, MongoClient client, String defaultDatabase, EgressResolver resolver, Instant now) {
        this.key = key;
        this.client = client;
        this.defaultDatabase = Optional.ofNullable(defaultDatabase);
        this.resolver = resolver;
        this.lastUsed = now;
    }

    /**
     * Opens a client for a revealed URL; the URL stays inside the client. Refused
     * ({@code UPSTREAM_UNAVAILABLE}) when the URL asks for what {@link TenantUrl} does not allow or names a host
     * the egress policy refuses; every connection the client opens later asks the policy again.
     */
    static PooledClient open(
            ClientKey key,
            String url,
            MongoPoolSettings settings,
            EgressPolicy egress,
            ClientListeners listeners,
            Instant now) {
        ConnectionString connection;
        try {
            connection = new ConnectionString(url);
        } catch (RuntimeException e) {
            throw new NodeFailure(
                    ErrorCode.EXECUTION_FAILED, "secret '" + key.secretName() + "' does not hold a valid MongoDB URL");
        }
        TenantUrl.problem(connection, egress).ifPresent(problem -> {
            throw new NodeFailure(ErrorCode.UPSTREAM_UNAVAILABLE, MongoErrors.UNREACHABLE + ": " + problem);
        });
        EgressResolver resolver = new EgressResolver(egress, TenantUrl.declaredPorts(connection));
        try {
            return new PooledClient(
                    key,
                    MongoClients.create(settings(connection, settings, resolver, listeners, key.projectId())),
                    connection.getDatabase(),
                    resolver,
                    now);
        } catch (MongoException e) {
            throw new NodeFailure(ErrorCode.UPSTREAM_UNAVAILABLE, MongoErrors.UNREACHABLE);
        } catch (RuntimeException e) {
            throw new NodeFailure(
                    ErrorCode.EXECUTION_FAILED, "could not open a client for secret '" + key.secretName() + "'");
        }
    }

    private static MongoClientSettings settings(
            ConnectionString connection,
            MongoPoolSettings settings,
            EgressResolver resolver,
            ClientListeners listeners,
            String projectId) {
        long selection = settings.serverSelectionTimeout().toMillis();
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        listeners.commands(projectId).forEach(builder::addCommandListener);
        listeners
                .pools(projectId)
                .forEach(l -> builder.applyToConnectionPoolSettings(p -> p.addConnectionPoolListener(l)));
        return builder.applyConnectionString(connection)
                .inetAddressResolver(resolver)
                .applicationName("dotportion")
                .applyToClusterSettings(b -> b.serverSelectionTimeout(selection, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        b -> b.connectTimeout((int) settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                                .readTimeout((int) settings.socketTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToConnectionPoolSettings(b -> b.minSize(0)
                        .maxSize(settings.maxPoolSize())
                        .maxWaitTime(selection, TimeUnit.MILLISECONDS)
                        .maxConnectionIdleTime(settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build();
    }

    boolean idleSince(Instant cutoff) {
        return inFlight == 0 && !lastUsed.isAfter(cutoff);
    }
}
