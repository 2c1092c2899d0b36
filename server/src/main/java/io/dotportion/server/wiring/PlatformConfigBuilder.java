package io.dotportion.server.wiring;

import io.dotportion.core.egress.AllowList;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.NodeType;
import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.auth.LoginThrottle;
import io.dotportion.server.auth.PasswordHasher;
import io.dotportion.server.cluster.ClusterSettings;
import io.dotportion.server.execution.LogPolicy;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.store.log.ExecutionLogSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Builds a {@link PlatformConfig}: starts from the production defaults ({@link PlatformConfig#builder}) or from
 * a configuration ({@link PlatformConfig#toBuilder}); each part can be read back, so a caller can change one
 * field of a nested group ({@code b.gateway(b.gateway().withTrustedProxies(2))}). The record checks the whole
 * at {@link #build}.
 */
public final class PlatformConfigBuilder {
    private String host = PlatformConfig.DEFAULT_HOST;
    private int port = PlatformConfig.DEFAULT_PORT;
    private Path dataDir;
    private String mongoUrl;
    private String database = PlatformConfig.DEFAULT_DATABASE;
    private Limits limits = Limits.defaults();
    private PasswordHasher.Cost passwordCost = PasswordHasher.Cost.standard();
    private Duration sessionTtl = PlatformConfig.DEFAULT_SESSION_TTL;
    private long apiMaxBodyBytes = PlatformConfig.DEFAULT_API_BODY_BYTES;
    private Duration shutdownGrace = PlatformConfig.DEFAULT_SHUTDOWN_GRACE;
    private MasterKeyConfig masterKey = MasterKeyConfig.none();
    private MongoPoolSettings userDatabases = MongoPoolSettings.defaults();
    private GatewaySettings gateway = GatewaySettings.defaults();
    private ClusterSettings cluster = ClusterSettings.defaults();
    private LoginThrottle.Settings loginThrottle = LoginThrottle.Settings.defaults();
    private AllowList egressAllow = AllowList.none();
    private HttpTimeouts httpTimeouts = HttpTimeouts.defaults();
    private ExecutionLogSettings executionLog = ExecutionLogSettings.defaults();
    private int tracesPerSecond = LogPolicy.DEFAULT_TRACES_PER_SECOND;
    private List<NodeType<?>> nodeTypes = List.of();
    private MetricsSettings metrics = MetricsSettings.defaults();

    PlatformConfigBuilder(Path dataDir) {
        this.dataDir = dataDir;
    }

    PlatformConfigBuilder(PlatformConfig c) {
        host = c.host();
        port = c.port();
        dataDir = c.dataDir();
        mongoUrl = c.mongoUrl();
        database = c.database();
        limits = c.limits();
        passwordCost = c.passwordCost();
        sessionTtl = c.sessionTtl();
        apiMaxBodyBytes = c.apiMaxBodyBytes();
        shutdownGrace = c.shutdownGrace();
        masterKey = c.masterKey();
        userDatabases = c.userDatabases();
        gateway = c.gateway();
        cluster = c.cluster();
        loginThrottle = c.loginThrottle();
        egressAllow = c.egressAllow();
        httpTimeouts = c.httpTimeouts();
        executionLog = c.executionLog();
        tracesPerSecond = c.tracesPerSecond();
        nodeTypes = c.nodeTypes();
        metrics = c.metrics();
    }

    public PlatformConfig build() {
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
                executionLog,
                tracesPerSecond,
                nodeTypes,
                metrics);
    }

    public PlatformConfigBuilder host(String value) {
        host = value;
        return this;
    }

    public PlatformConfigBuilder port(int value) {
        port = value;
        return this;
    }

    public PlatformConfigBuilder dataDir(Path value) {
        dataDir = value;
        return this;
    }

    public PlatformConfigBuilder mongoUrl(String value) {
        mongoUrl = value;
        return this;
    }

    public PlatformConfigBuilder database(String value) {
        database = value;
        return this;
    }

    public Limits limits() {
        return limits;
    }

    public PlatformConfigBuilder limits(Limits value) {
        limits = value;
        return this;
    }

    public PlatformConfigBuilder passwordCost(PasswordHasher.Cost value) {
        passwordCost = value;
        return this;
    }

    public PlatformConfigBuilder sessionTtl(Duration value) {
        sessionTtl = value;
        return this;
    }

    public PlatformConfigBuilder apiMaxBodyBytes(long value) {
        apiMaxBodyBytes = value;
        return this;
    }

    public PlatformConfigBuilder shutdownGrace(Duration value) {
        shutdownGrace = value;
        return this;
    }

    public MasterKeyConfig masterKey() {
        return masterKey;
    }

    public PlatformConfigBuilder masterKey(MasterKeyConfig value) {
        masterKey = value;
        return this;
    }

    public MongoPoolSettings userDatabases() {
        return userDatabases;
    }

    public PlatformConfigBuilder userDatabases(MongoPoolSettings value) {
        userDatabases = value;
        return this;
    }

    public GatewaySettings gateway() {
        return gateway;
    }

    public PlatformConfigBuilder gateway(GatewaySettings value) {
        gateway = value;
        return this;
    }

    public ClusterSettings cluster() {
        return cluster;
    }

    public PlatformConfigBuilder cluster(ClusterSettings value) {
        cluster = value;
        return this;
    }

    public LoginThrottle.Settings loginThrottle() {
        return loginThrottle;
    }

    public PlatformConfigBuilder loginThrottle(LoginThrottle.Settings value) {
        loginThrottle = value;
        return this;
    }

    public PlatformConfigBuilder egressAllow(AllowList value) {
        egressAllow = value;
        return this;
    }

    public HttpTimeouts httpTimeouts() {
        return httpTimeouts;
    }

    public PlatformConfigBuilder httpTimeouts(HttpTimeouts value) {
        httpTimeouts = value;
        return this;
    }

    public ExecutionLogSettings executionLog() {
        return executionLog;
    }

    public PlatformConfigBuilder executionLog(ExecutionLogSettings value) {
        executionLog = value;
        return this;
    }

    public PlatformConfigBuilder tracesPerSecond(int value) {
        tracesPerSecond = value;
        return this;
    }

    public PlatformConfigBuilder nodeTypes(List<NodeType<?>> value) {
        nodeTypes = value;
        return this;
    }

    public MetricsSettings metrics() {
        return metrics;
    }

    public PlatformConfigBuilder metrics(MetricsSettings value) {
        metrics = value;
        return this;
    }
}
