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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform needs to start. {@code mongoUrl} null means the embedded store in
 * {@code <dataDir>/store.mv}. {@code port} 0 picks a free port. {@code masterKey} says where the master
 * key comes from; {@code userDatabases} bounds the clients of users' own MongoDB servers; {@code gateway}
 * bounds CORS and rate limiting; {@code cluster} says how instances sharing the store follow each other;
 * {@code loginThrottle} slows failed logins per account and per client address; {@code httpTimeouts} bounds
 * how long a connection may wait on its client; {@code egressAllow} is the
 * operator's allow-list of restricted destinations tenants' connections may reach ({@code --egress-allow},
 * {@code DOTPORTION_EGRESS_ALLOW}; never the platform's own store); {@code metrics} says who may read
 * {@code /metrics} and on which port.
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
        List<NodeType<?>> nodeTypes,
        MetricsSettings metrics) {
    public static final String MONGO_URL_ENV = "DOTPORTION_MONGO_URL";
    public static final String EGRESS_ALLOW_ENV = "DOTPORTION_EGRESS_ALLOW";
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DATABASE = "dotportion";
    public static final long DEFAULT_API_BODY_BYTES = 2L * 1024 * 1024;

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
        nodeTypes = nodeTypes == null ? List.of() : List.copyOf(nodeTypes);
        metrics = metrics == null ? MetricsSettings.defaults() : metrics;
    }

    /** What {@code serve} uses: all interfaces, port 8080, the embedded store, production costs. */
    public static PlatformConfig defaults(Path dataDir) {
        return new PlatformConfig(
                "0.0.0.0",
                DEFAULT_PORT,
                dataDir,
                null,
                DEFAULT_DATABASE,
                Limits.defaults(),
                PasswordHasher.Cost.standard(),
                Duration.ofDays(7),
                DEFAULT_API_BODY_BYTES,
                Duration.ofSeconds(5),
                MasterKeyConfig.none(),
                MongoPoolSettings.defaults(),
                GatewaySettings.defaults(),
                ClusterSettings.defaults(),
                LoginThrottle.Settings.defaults(),
                AllowList.none(),
                HttpTimeouts.defaults(),
                List.of(),
                MetricsSettings.defaults());
    }

    /** For tests: loopback, a free port, a light password hash. */
    public static PlatformConfig forTests(Path dataDir) {
        return defaults(dataDir).withHost("127.0.0.1").withPort(0).withPasswordCost(PasswordHasher.Cost.light());
    }

    /**
     * {@link #defaults} with the store URL taken from {@code DOTPORTION_MONGO_URL}, the egress allow-list from
     * {@code DOTPORTION_EGRESS_ALLOW} and the master key from {@code DOTPORTION_MASTER_KEY} when they are set.
     */
    public static PlatformConfig fromEnvironment(Path dataDir, int port, Map<String, String> env) {
        return defaults(dataDir)
                .withPort(port)
                .withMongoUrl(env.get(MONGO_URL_ENV))
                .withEgressAllow(env.get(EGRESS_ALLOW_ENV))
                .withMasterKey(
                        MasterKeyConfig.none().withEnvironmentValue(env.get(MasterKeyConfig.ENVIRONMENT_VARIABLE)));
    }

    public PlatformConfig withHost(String h) {
        return new PlatformConfig(
                h,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withPort(int p) {
        return new PlatformConfig(
                host,
                p,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withMongoUrl(String url) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                url,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withDatabase(String db) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                db,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withLimits(Limits l) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                l,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withPasswordCost(PasswordHasher.Cost cost) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                cost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withSessionTtl(Duration ttl) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                ttl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withMasterKey(MasterKeyConfig key) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                key,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withUserDatabases(MongoPoolSettings settings) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                settings,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withGateway(GatewaySettings settings) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                settings,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withCluster(ClusterSettings settings) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                settings,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withShutdownGrace(Duration grace) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                grace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    public PlatformConfig withLoginThrottle(LoginThrottle.Settings settings) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                settings,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    /** The operator's egress allow-list (comma-separated CIDRs, addresses, hosts, host:ports); null or blank: none. */
    public PlatformConfig withEgressAllow(String list) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                AllowList.parse(list),
                httpTimeouts,
                nodeTypes,
                metrics);
    }

    /**
     * Node types served besides the built-in ones, registered after them (an extension, or a test's fixture).
     * Each brings its descriptor; nothing else in the platform needs to know it.
     */
    public PlatformConfig withNodeTypes(List<NodeType<?>> types) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                types,
                metrics);
    }

    public PlatformConfig withHttpTimeouts(HttpTimeouts timeouts) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                timeouts,
                nodeTypes,
                metrics);
    }

    /** Who may read /metrics and where ({@code --metrics-token}, {@code --management-port}). */
    public PlatformConfig withMetrics(MetricsSettings settings) {
        return new PlatformConfig(
                host,
                port,
                dataDir,
                mongoUrl,
                database,
                limits,
                passwordCost,
                sessionTtl,
                apiMaxBodyBytes,
                shutdownGrace,
                masterKey,
                userDatabases,
                gateway,
                cluster,
                loginThrottle,
                egressAllow,
                httpTimeouts,
                nodeTypes,
                settings);
    }
}
