package io.dotportion.server.metrics;

import com.mongodb.event.CommandListener;
import com.mongodb.event.ConnectionPoolCreatedEvent;
import com.mongodb.event.ConnectionPoolListener;
import io.dotportion.nodes.mongo.ClientListeners;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The MongoDB driver's metrics: Micrometer's pool gauges ({@code mongodb_driver_pool_size},
 * {@code _checkedout}, {@code _waitqueuesize}, {@code _checkoutfailed_total}) and command timers
 * ({@link CommandTimers}), for the platform's client ({@code client="platform"}) and for each tenant
 * client ({@code client="tenant"}, {@code project} its project id). Pools are labelled by cluster id and a
 * fingerprint of the server's address, never the address (tenants' hosts stay out of the metrics).
 */
public final class MongoMetrics {
    private final MeterRegistry registry;
    private final MongoPoolMetrics platformPool;
    private final CommandTimers platformCommands;
    private final Map<String, CommandTimers> tenantCommands = new ConcurrentHashMap<>();

    MongoMetrics(MeterRegistry registry, MongoPoolMetrics platformPool) {
        this.registry = registry;
        this.platformPool = platformPool;
        this.platformCommands = new CommandTimers(registry, client("platform", ""));
    }

    /** The listeners of the platform's own client: our pool figures, Micrometer's, and the command timers. */
    public List<ConnectionPoolListener> platformPools() {
        return List.of(platformPool, pool(client("platform", "")));
    }

    public List<CommandListener> platformCommands() {
        return List.of(platformCommands);
    }

    /** What the clients of tenants' databases listen with, labelled by project. */
    public ClientListeners tenants() {
        return new ClientListeners() {
            @Override
            public List<ConnectionPoolListener> pools(String projectId) {
                return List.of(pool(client("tenant", projectId)));
            }

            @Override
            public List<CommandListener> commands(String projectId) {
                return List.of(tenantCommands.computeIfAbsent(
                        projectId, id -> new CommandTimers(registry, client("tenant", id))));
            }
        };
    }

    private ConnectionPoolListener pool(Tags client) {
        return new MongoMetricsConnectionPoolListener(registry, event -> client.and(server(event)));
    }

    private static Tags client(String client, String projectId) {
        return Tags.of("client", client, "project", projectId);
    }

    private static Tags server(ConnectionPoolCreatedEvent event) {
        return Tags.of(
                "cluster.id", event.getServerId().getClusterId().getValue(),
                "server", fingerprint(event.getServerId().getAddress().toString()));
    }

    static String fingerprint(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
