package io.dotportion.server.wiring;

import io.dotportion.core.port.StatsStore;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.metrics.ExecutionMetrics;
import io.dotportion.server.metrics.Metrics;
import io.dotportion.server.metrics.MetricsService;
import io.dotportion.server.metrics.MongoPoolMetrics;
import io.dotportion.server.metrics.ObservedExecutionLog;
import io.dotportion.server.metrics.RequestMetrics;
import io.dotportion.server.openapi.OpenApiCache;
import io.dotportion.server.openapi.OpenApiService;
import io.dotportion.server.project.ProjectAccess;
import io.dotportion.server.stats.StatsRecorder;
import io.dotportion.server.stats.StatsService;
import io.dotportion.server.stats.StatsSettings;
import io.dotportion.server.workflow.WorkflowAccess;
import io.dotportion.store.stats.MongoStatsStore;
import java.time.Clock;
import java.util.List;

/**
 * The operating parts of the platform: stats (aggregated in memory, flushed to the store), metrics, and
 * their HTTP services. Closing it writes the pending stats.
 */
final class Ops implements AutoCloseable {
    /** Distinct workflow series in the per-workflow latency histogram before further ones share one. */
    static final int MAX_WORKFLOW_SERIES = 1_000;
    /** OpenAPI documents kept in memory (one per project); past it the cache starts over. */
    static final int MAX_OPENAPI_DOCUMENTS = 10_000;

    private final StatsStore statsStore;
    private final StatsRecorder stats;
    private final Metrics metrics;

    private Ops(StatsStore statsStore, StatsRecorder stats, Metrics metrics) {
        this.statsStore = statsStore;
        this.stats = stats;
        this.metrics = metrics;
    }

    static Ops start(Storage storage, JsSandbox sandbox, MongoPoolMetrics mongoPool) {
        StatsStore statsStore = new MongoStatsStore(storage.mongo().database());
        StatsRecorder stats = new StatsRecorder(statsStore, StatsSettings.defaults()).start();
        Metrics metrics = new Metrics(new RequestMetrics(), new ExecutionMetrics(MAX_WORKFLOW_SERIES), mongoPool,
                sandbox::usage);
        return new Ops(statsStore, stats, metrics);
    }

    /** The log with stats and metrics counting every finished run before it is logged. */
    ExecutionLog observed(ExecutionLog log) {
        return new ObservedExecutionLog(log, List.of(stats::record, metrics.executions()::record));
    }

    /** The HTTP side, built from the access checks the rest of the API uses. */
    OpsApi api(Storage storage, ProjectAccess projects, WorkflowAccess workflows, Routes routes, ProjectKeys keys,
               JsonRequests json, Clock clock) {
        OpenApiCache documents = new OpenApiCache(routes, storage.projects(), storage.workflows(), keys,
                MAX_OPENAPI_DOCUMENTS);
        return new OpsApi(metrics.requests(), new MetricsService(metrics),
                new StatsService(statsStore, projects, workflows, clock), new OpenApiService(documents, projects));
    }

    /** Writes pending stats now (a test hook, and what closing does last). */
    void flushStats() {
        stats.flush();
    }

    @Override
    public void close() {
        stats.close();
    }
}
