package io.dotportion.server.wiring;

import io.dotportion.core.egress.AllowList;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.NodeType;
import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.auth.LoginThrottle;
import io.dotportion.server.auth.PasswordHasher;
import io.dotportion.server.cluster.ClusterSettings;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.store.log.ExecutionLogSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the platform needs to start; made with {@link #builder} (or changed with {@link #toBuilder}).
 * {@code mongoUrl} null means the embedded store in {@code <dataDir>/store.mv}. {@code port} 0 picks a free
 * port. {@code masterKey} says where the master key comes from; {@code userDatabases} bounds the clients of
 * users' own MongoDB servers; {@code gateway} bounds CORS and rate limiting; {@code cluster} says how instances
 * sharing the store follow each other; {@code loginThrottle} slows failed logins per account and per client
 * address; {@code httpTimeouts} bounds how long a connection may wait on its client; {@code egressAllow} is the
 * operator's allow-list of restricted destinations tenants' connections may reach (never the platform's own
 * store); {@code executionLog} bounds the execution log writer's queue and load sampling, and
 * {@code tracesPerSecond} is how many successful runs per workflow and second keep a full trace by default;
 * {@code metrics} says who may read {@code /metrics} and on which port.
 * Every operator-facing setting is listed, with its flag, environment variable and config file key, in
 * docs/CONFIG.md.
 */
public record PlatformConfig(
        String host,
        int port,
        Path dataDir,
        String mongoUrl,
        String database,
        Limits limits,
        PasswordHasher.Cost passwordCost,
        Duration sessionTtl,
        long apiMaxBodyBytes,
        Duration shutdownGrace,
        MasterKeyConfig masterKey,
        MongoPoolSettings userDatabases,
        GatewaySettings gateway,
        ClusterSettings cluster,
        LoginThrottle.Settings loginThrottle,
        AllowList egressAllow,
        HttpTimeouts httpTimeouts,
        ExecutionLogSettings executionLog,
        int tracesPerSecond,
        List<NodeType<?>> nodeTypes,
        MetricsSettings metrics) {
    public static final String DEFAULT_HOST = "0.0.0.0";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DATABASE = "dotportion";
    public static final long DEFAULT_API_BODY_BYTES = 2L * 1024 * 1024;
    public static final Duration DEFAULT_SESSION_TTL = Duration.ofDays(7);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(5);

    public PlatformConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        if (dataDir == null) {
            throw new IllegalArgumentException("a data directory is required");
        }
        if (mongoUrl != null && mongoUrl.isBlank()) {
            mongoUrl = null;
        }
        masterKey = masterKey == null ? MasterKeyConfig.none() : masterKey;
        userDatabases = userDatabases == null ? MongoPoolSettings.defaults() : userDatabases;
        gateway = gateway == null ? GatewaySettings.defaults() : gateway;
        cluster = cluster == null ? ClusterSettings.defaults() : cluster;
        loginThrottle = loginThrottle == null ? LoginThrottle.Settings.defaults() : loginThrottle;
        egressAllow = egressAllow == null ? AllowList.none() : egressAllow;
        httpTimeouts = httpTimeouts == null ? HttpTimeouts.defaults() : httpTimeouts;
        executionLog = executionLog == null ? ExecutionLogSettings.defaults() : executionLog;
        nodeTypes = nodeTypes == null ? List.of() : List.copyOf(nodeTypes);
        metrics = metrics == null ? MetricsSettings.defaults() : metrics;
    }

    /** What {@code serve} starts from: all interfaces, port 8080, the embedded store, production costs. */
    public static PlatformConfigBuilder builder(Path dataDir) {
        return new PlatformConfigBuilder(dataDir);
    }

    /** A builder holding this configuration, to change some of it. */
    public PlatformConfigBuilder toBuilder() {
        return new PlatformConfigBuilder(this);
    }

    /** {@link #builder} built as it is. */
    public static PlatformConfig defaults(Path dataDir) {
        return builder(dataDir).build();
    }

    /** For tests: loopback, a free port, a light password hash. */
    public static PlatformConfig forTests(Path dataDir) {
        return builder(dataDir)
                .host("127.0.0.1")
                .port(0)
                .passwordCost(PasswordHasher.Cost.light())
                .build();
    }

    public PlatformConfig withHost(String h) {
        return toBuilder().host(h).build();
    }

    public PlatformConfig withPort(int p) {
        return toBuilder().port(p).build();
    }

    public PlatformConfig withMongoUrl(String url) {
        return toBuilder().mongoUrl(url).build();
    }

    public PlatformConfig withDatabase(String db) {
        return toBuilder().database(db).build();
    }

    public PlatformConfig withLimits(Limits l) {
        return toBuilder().limits(l).build();
    }

    public PlatformConfig withPasswordCost(PasswordHasher.Cost cost) {
        return toBuilder().passwordCost(cost).build();
    }

    public PlatformConfig withSessionTtl(Duration ttl) {
        return toBuilder().sessionTtl(ttl).build();
    }

    public PlatformConfig withMasterKey(MasterKeyConfig key) {
        return toBuilder().masterKey(key).build();
    }

    public PlatformConfig withUserDatabases(MongoPoolSettings settings) {
        return toBuilder().userDatabases(settings).build();
    }

    public PlatformConfig withGateway(GatewaySettings settings) {
        return toBuilder().gateway(settings).build();
    }

    public PlatformConfig withCluster(ClusterSettings settings) {
        return toBuilder().cluster(settings).build();
    }

    public PlatformConfig withShutdownGrace(Duration grace) {
        return toBuilder().shutdownGrace(grace).build();
    }

    public PlatformConfig withLoginThrottle(LoginThrottle.Settings settings) {
        return toBuilder().loginThrottle(settings).build();
    }

    /** The operator's egress allow-list (comma-separated CIDRs, addresses, hosts, host:ports); null or blank: none. */
    public PlatformConfig withEgressAllow(String list) {
        return toBuilder().egressAllow(AllowList.parse(list)).build();
    }

    /**
     * Node types served besides the built-in ones, registered after them (an extension, or a test's fixture).
     * Each brings its descriptor; nothing else in the platform needs to know it.
     */
    public PlatformConfig withNodeTypes(List<NodeType<?>> types) {
        return toBuilder().nodeTypes(types).build();
    }

    public PlatformConfig withHttpTimeouts(HttpTimeouts timeouts) {
        return toBuilder().httpTimeouts(timeouts).build();
    }

    public PlatformConfig withExecutionLog(ExecutionLogSettings settings) {
        return toBuilder().executionLog(settings).build();
    }

    /** Who may read /metrics and where ({@code --metrics-token}, {@code --management-port}). */
    public PlatformConfig withMetrics(MetricsSettings settings) {
        return toBuilder().metrics(settings).build();
    }
}
