package io.dotportion.server.wiring;

import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.egress.EgressRules;
import io.dotportion.core.egress.HostResolver;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.nodes.http.HttpSettings;
import io.dotportion.nodes.http.OutboundHttp;
import io.dotportion.nodes.mongo.MongoClientPool;
import io.dotportion.nodes.password.PasswordWorkers;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import io.dotportion.secrets.SecretsRuntime;
import io.dotportion.server.auth.PasswordHasher;
import io.dotportion.server.cluster.ChangeApplier;
import io.dotportion.server.cluster.ChangeFollower;
import io.dotportion.server.cluster.ChangePublisher;
import io.dotportion.server.cluster.ClusterSync;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.LogPolicy;
import io.dotportion.server.gateway.ProjectPolicies;
import io.dotportion.server.gateway.RateLimiter;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.ReadDeadlines;
import io.dotportion.server.metrics.Metrics;
import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.server.secrets.ProjectSecrets;
import io.dotportion.server.workflow.RouteLoader;
import io.dotportion.store.log.ExecutionLogWriter;
import io.dotportion.store.log.RetentionSweeper;
import io.helidon.common.context.Context;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http1.Http1Config;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that chooses implementations. {@link #start} opens the store, starts
 * the secret vault (a master key that does not open the stored project keys stops it here, with a
 * {@link io.dotportion.secrets.key.MasterKeyException}, before anything is written), builds the node
 * registry, sandbox (its engine built on first need), the egress policy (tenants' connections: the operator's allow-list, never the platform's own
 * store) and the clients of users' databases that go through it, compiler, route table (every deployed version loaded,
 * compiled in the background once the server listens, while the sandbox pre-warms: see {@link RouteLoader}) and
 * execution log, starts following the changes other instances sharing the store make (see
 * {@link io.dotportion.server.cluster.ChangeFollower}), and starts the HTTP server; {@link #close} stops them gracefully in reverse order.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    private static final Duration RETENTION_SWEEP = Duration.ofHours(1);
    private static final Duration MAX_EVICTION_INTERVAL = Duration.ofMinutes(1);
    /** The name of the listener /metrics moves to with {@code --management-port}. */
    static final String MANAGEMENT_SOCKET = "management";

    private final WebServer server;
    private final Resources resources;
    private final Ops ops;
    private final HttpApi api;

    private Platform(WebServer server, Resources resources, Ops ops, HttpApi api) {
        this.server = server;
        this.resources = resources;
        this.ops = ops;
        this.api = api;
    }

    public static Platform start(PlatformConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts with this clock (tests move it to expire tokens and end login-throttle windows). */
    public static Platform start(PlatformConfig config, Clock clock) {
        Resources resources = new Resources();
        BackgroundPreparation preparation = resources.add(new BackgroundPreparation());
        return start(config, clock, preparation, resources);
    }

    /**
     * Starts with the deployed versions compiled on {@code preparation} after the routes are loaded (tests
     * hold it back to reach versions not compiled yet).
     */
    public static Platform start(PlatformConfig config, Clock clock, Executor preparation) {
        return start(config, clock, preparation, new Resources());
    }

    private static Platform start(PlatformConfig config, Clock clock, Executor preparation, Resources resources) {
        try {
            SecureRandom random = new SecureRandom();
            Limits limits = config.limits();
            Metrics metrics = resources.add(Ops.metrics());
            Storage raw = Storage.open(config, clock, resources, metrics.mongo());
            ProjectPolicies policies = new ProjectPolicies(raw.projects());
            String instance = UUID.randomUUID().toString();
            Storage storage = raw.publishing(policies, new ChangePublisher(raw.changes(), instance, clock));
            EgressPolicy egress = new EgressRules(config.egressAllow(), raw.endpoints(), HostResolver.system());
            LOG.info(
                    "egress: tenants' connections reach public addresses{}; the platform's own store is refused",
                    config.egressAllow().isEmpty()
                            ? " only"
                            : " and " + config.egressAllow().size() + " allow-listed entries");
            SecretsRuntime vault = resources.add(SecretsStartup.start(config, storage, clock, random, egress));
            ProjectSecrets secrets = new ProjectSecrets(vault.vault());
            metrics.watchSecretCache(vault.vault());
            JsSandbox sandbox = resources.add(new JsSandbox(SandboxSettings.of(limits)));
            MongoClientPool userClients = resources.add(new MongoClientPool(
                    config.userDatabases(), egress, clock, metrics.mongo().tenants()));
            resources.add(IdleClientEviction.start(userClients, evictionInterval(config)));
            OutboundHttp outbound = resources.add(new OutboundHttp(egress, HttpSettings.defaults()));
            Ops ops = resources.add(Ops.start(storage, sandbox, metrics, userClients, clock));
            PasswordWorkers passwords = resources.add(PasswordWorkers.standard());
            WorkflowCompiler compiler = new WorkflowCompiler(
                    NodeTypes.registry(
                            limits,
                            sandbox,
                            storage.managed(),
                            ops.documentRules(),
                            userClients,
                            passwords,
                            outbound,
                            clock,
                            config.nodeTypes()),
                    limits);
            TraceFormatter traces = new TraceFormatter(limits);
            ExecutionLogWriter writer = ExecutionLogWriter.start(storage.executions(), config.executionLog(), clock);
            metrics.watchExecutionLog(writer);
            ExecutionLog log = resources.add(ops.observed(
                    new StoreExecutionLog(writer, traces, new LogPolicy(clock, config.tracesPerSecond()))));
            resources.add(
                    new RetentionSweeper(storage.executions(), limits.logRetention(), clock).start(RETENTION_SWEEP));
            Routes routes = new Routes();
            Services services = new Services(
                    config,
                    clock,
                    random,
                    storage,
                    compiler,
                    routes,
                    secrets,
                    new PasswordHasher(config.passwordCost()),
                    traces,
                    log,
                    new ExecutionIds(clock, random),
                    policies,
                    new RateLimiter(raw.rateLimits(), clock, config.gateway().blockedCacheSize()),
                    ops,
                    egress);
            ChangeFollower follower = new ChangeFollower(
                    raw.changes(),
                    new ChangeApplier(
                            routes, raw.workflows(), raw.projects(), services.deployer(), services.keys(), policies),
                    instance,
                    config.cluster(),
                    clock);
            RouteLoader loader = new RouteLoader(
                    storage.workflows(), storage.projects(), services.deployer(), preparation, ops.preparation());
            loader.loadAll();
            resources.add(ClusterSync.start(follower, raw.changes(), raw.rateLimits(), config.cluster(), clock));
            ReadDeadlines deadlines =
                    resources.add(new ReadDeadlines(config.httpTimeouts().read()));
            WebServerConfig.Builder builder = WebServer.builder()
                    .host(config.host())
                    .port(config.port())
                    .shutdownHook(false)
                    .shutdownGracePeriod(config.shutdownGrace())
                    .serverContext(serverContext(deadlines))
                    .protocolsDiscoverServices(
                            false) // HTTP/1 only, chosen at accept: idle checks cover a silent client
                    .addProtocol(
                            Http1Config.builder().addReceiveListener(deadlines).build())
                    .idleConnectionTimeout(config.httpTimeouts().idle())
                    .idleConnectionPeriod(config.httpTimeouts().idleCheck())
                    .routing(services.httpApi()::configure);
            MetricsSettings metricsSettings = config.metrics();
            if (metricsSettings.ownPort()) {
                builder.putSocket(
                        MANAGEMENT_SOCKET,
                        socket -> socket.host(config.host())
                                .port(metricsSettings.managementPort())
                                .routing(services.httpApi()::configureManagement));
            }
            WebServer server = builder.build().start();
            LOG.info("DotPortion listening on {}:{}", config.host(), server.port());
            if (metricsSettings.ownPort()) {
                LOG.info("metrics on the management port {}", server.port(MANAGEMENT_SOCKET));
            }
            sandbox.startPrewarm(); // after listening: the start waits for neither the engine nor the compile
            loader.prepareInBackground();
            return new Platform(server, resources, ops, services.httpApi());
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /** The context every request's context inherits: it holds the body read deadlines. */
    private static Context serverContext(ReadDeadlines deadlines) {
        Context context = Context.create();
        context.register(deadlines);
        return context;
    }

    private static Duration evictionInterval(PlatformConfig config) {
        Duration half = config.userDatabases().idleTimeout().dividedBy(2);
        return half.compareTo(MAX_EVICTION_INTERVAL) > 0 ? MAX_EVICTION_INTERVAL : half;
    }

    /** The port the HTTP server listens on (the chosen one when the config asked for 0). */
    public int port() {
        return server.port();
    }

    /** The management port (/metrics) when the config asked for one; empty otherwise. */
    public OptionalInt managementPort() {
        int port = server.port(MANAGEMENT_SOCKET);
        return port > 0 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    /** The route table the server was built with (the API docs' test lists the routes it registers). */
    HttpApi httpApi() {
        return api;
    }

    /** Writes the stats aggregated in memory to the store now, instead of at the next periodic flush. */
    public void flushStats() {
        ops.flushStats();
    }

    /** Stops taking requests, lets running ones finish, flushes the execution log, closes the sandbox and store. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            resources.close();
        }
    }
}
