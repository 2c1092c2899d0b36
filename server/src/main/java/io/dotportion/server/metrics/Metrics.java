package io.dotportion.server.metrics;

import io.dotportion.nodes.script.SandboxUsage;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.store.log.ExecutionLogWriter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.function.Supplier;

/**
 * The meter registry behind {@code GET /metrics} and the parts that record into it: HTTP requests,
 * executions, the MongoDB driver, the JVM and process ({@link StandardMeters}), and gauges read at each
 * scrape from the script pool, the execution log writer and the secret cache.
 */
public final class Metrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry;
    private final List<AutoCloseable> standard;
    private final RequestMetrics requests;
    private final GatewayMetrics gateway;
    private final ExecutionMetrics executions;
    private final MongoMetrics mongo;

    private Metrics(PrometheusMeterRegistry registry, int maxWorkflows, int maxRoutes) {
        this.registry = registry;
        this.standard = StandardMeters.bindTo(registry);
        HttpTimers http = new HttpTimers(registry, maxRoutes);
        this.gateway = new GatewayMetrics(http);
        this.requests = new RequestMetrics(registry, http, gateway);
        this.executions = new ExecutionMetrics(registry, maxWorkflows);
        MongoPoolMetrics pool = new MongoPoolMetrics();
        pool.bindTo(registry);
        this.mongo = new MongoMetrics(registry, pool);
    }

    /**
     * A registry of its own (never the global one). {@code maxWorkflows} and {@code maxRoutes} bound the
     * workflow and route labels; past them further ones share {@code other}.
     */
    public static Metrics create(int maxWorkflows, int maxRoutes) {
        return new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), maxWorkflows, maxRoutes);
    }

    public RequestMetrics requests() {
        return requests;
    }

    public GatewayMetrics gateway() {
        return gateway;
    }

    public ExecutionMetrics executions() {
        return executions;
    }

    public MongoMetrics mongo() {
        return mongo;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The script pool's contexts: in use, idle, the pool's size and its stuck runs (held: gauges hold weakly). */
    public void watchSandbox(Supplier<SandboxUsage> sandbox) {
        String contexts = "JavaScript sandbox contexts, in use and idle.";
        Gauge.builder("dotportion.js.contexts", sandbox, s -> s.get().inUse())
                .strongReference(true)
                .description(contexts)
                .tag("state", "in_use")
                .register(registry);
        Gauge.builder("dotportion.js.contexts", sandbox, s -> s.get().idle())
                .strongReference(true)
                .description(contexts)
                .tag("state", "idle")
                .register(registry);
        Gauge.builder("dotportion.js.pool.size", sandbox, s -> s.get().poolSize())
                .strongReference(true)
                .description("Most JavaScript sandbox contexts that may exist at once.")
                .register(registry);
        Gauge.builder("dotportion.js.stuck.runs", sandbox, s -> s.get().stuck())
                .strongReference(true)
                .description("Script runs that did not stop when cancelled, written off and still holding a thread.")
                .register(registry);
    }

    /** The execution log writer's queue, and the runs it kept as summaries, dropped or failed to write. */
    public void watchExecutionLog(ExecutionLogWriter writer) {
        Gauge.builder("dotportion.execution.log.queue", writer, ExecutionLogWriter::queued)
                .description("Finished runs waiting for the execution log writer.")
                .register(registry);
        FunctionCounter.builder("dotportion.execution.log.sampled.out", writer, ExecutionLogWriter::sampledOutCount)
                .description("Runs asked for in full but kept as summaries because the log was behind.")
                .register(registry);
        FunctionCounter.builder("dotportion.execution.log.dropped", writer, ExecutionLogWriter::droppedCount)
                .description("Runs not logged because the log queue was full.")
                .register(registry);
        FunctionCounter.builder("dotportion.execution.log.failed", writer, ExecutionLogWriter::failedCount)
                .description("Runs lost because building or writing their record failed.")
                .register(registry);
    }

    /** Reads of projects' secrets served from memory, and those that loaded from the store. */
    public void watchSecretCache(SecretVault vault) {
        String help = "Reads of a project's secrets: from the in-memory copy (hit) or the store (miss).";
        FunctionCounter.builder("dotportion.secret.cache", vault, SecretVault::cacheHits)
                .description(help)
                .tag("result", "hit")
                .register(registry);
        FunctionCounter.builder("dotportion.secret.cache", vault, SecretVault::cacheMisses)
                .description(help)
                .tag("result", "miss")
                .register(registry);
    }

    /** The exposition text (Prometheus text format 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        for (AutoCloseable binder : standard) {
            try {
                binder.close();
            } catch (Exception e) {
                // a binder that fails to stop listening holds nothing we still need
            }
        }
        registry.close();
    }
}
