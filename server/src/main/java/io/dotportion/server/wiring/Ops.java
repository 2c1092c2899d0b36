package io.dotportion.server.wiring;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.port.ManagedData;
import io.dotportion.core.port.StatsStore;
import io.dotportion.nodes.mongo.DocumentValidator;
import io.dotportion.nodes.mongo.MongoClientPool;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.server.data.DataSchemaService;
import io.dotportion.server.data.DataService;
import io.dotportion.server.data.DocumentHandlers;
import io.dotportion.server.data.ExplorerLimits;
import io.dotportion.server.data.ExternalDataService;
import io.dotportion.server.data.SchemaRules;
import io.dotportion.server.data.SchemaSetup;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.HealthService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.metrics.GatewayMetrics;
import io.dotportion.server.metrics.Metrics;
import io.dotportion.server.metrics.MetricsService;
import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.server.metrics.ObservedExecutionLog;
import io.dotportion.server.openapi.OpenApiCache;
import io.dotportion.server.openapi.OpenApiService;
import io.dotportion.server.project.ProjectAccess;
import io.dotportion.server.project.ProjectRemoval;
import io.dotportion.server.secrets.ProjectSecrets;
import io.dotportion.server.stats.StatsRecorder;
import io.dotportion.server.stats.StatsService;
import io.dotportion.server.stats.StatsSettings;
import io.dotportion.server.workflow.Preparation;
import io.dotportion.server.workflow.WorkflowAccess;
import io.dotportion.store.data.MongoDataSchemaStore;
import io.dotportion.store.data.MongoManagedData;
import io.dotportion.store.stats.MongoStatsStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The operating parts of the platform: stats (aggregated in memory, flushed to the store), metrics, and
 * their HTTP services. Closing it writes the pending stats.
 */
final class Ops implements AutoCloseable {
    /** Distinct workflow series in the per-workflow latency histogram before further ones share one. */
    static final int MAX_WORKFLOW_SERIES = 1_000;
    /** Distinct route labels of http_server_requests_seconds before further ones share one. */
    static final int MAX_ROUTE_SERIES = 2_000;
    /** OpenAPI documents kept in memory (one per project); past it the cache starts over. */
    static final int MAX_OPENAPI_DOCUMENTS = 10_000;

    /** How long a collection schema read from the store is trusted before it is read again. */
    static final Duration SCHEMA_FRESHNESS = Duration.ofSeconds(1);
    /** Collection schemas kept in memory; past it the cache starts over. */
    static final int MAX_CACHED_SCHEMAS = 10_000;

    private final StatsStore statsStore;
    private final StatsRecorder stats;
    private final Metrics metrics;
    private final ManagedData managedData;
    private final DataSchemaStore schemas;
    private final SchemaRules rules;
    private final MongoClientPool userClients;
    private final JsSandbox sandbox;
    private final Preparation preparation = new Preparation();

    private Ops(
            StatsStore statsStore,
            StatsRecorder stats,
            Metrics metrics,
            ManagedData managedData,
            DataSchemaStore schemas,
            SchemaRules rules,
            MongoClientPool userClients,
            JsSandbox sandbox) {
        this.sandbox = sandbox;
        this.userClients = userClients;
        this.statsStore = statsStore;
        this.stats = stats;
        this.metrics = metrics;
        this.managedData = managedData;
        this.schemas = schemas;
        this.rules = rules;
    }

    /** The metrics the platform records into from its first step on (the store's client listens to them). */
    static Metrics metrics() {
        return Metrics.create(MAX_WORKFLOW_SERIES, MAX_ROUTE_SERIES);
    }

    static Ops start(Storage storage, JsSandbox sandbox, Metrics metrics, MongoClientPool userClients, Clock clock) {
        StatsStore statsStore = new MongoStatsStore(storage.mongo().database());
        StatsRecorder stats = new StatsRecorder(statsStore, StatsSettings.defaults()).start();
        metrics.watchSandbox(sandbox::usage);
        ManagedData managedData = new MongoManagedData(storage.mongo().client());
        DataSchemaStore schemas = new MongoDataSchemaStore(storage.mongo().database(), clock);
        SchemaRules rules = new SchemaRules(schemas, managedData, clock, SCHEMA_FRESHNESS, MAX_CACHED_SCHEMAS);
        return new Ops(statsStore, stats, metrics, managedData, schemas, rules, userClients, sandbox);
    }

    /** The collection schemas, for the {@code database} node to check its writes against. */
    DocumentValidator documentRules() {
        return rules;
    }

    /** The log with stats and metrics counting every finished run before it is logged. */
    ExecutionLog observed(ExecutionLog log) {
        return new ObservedExecutionLog(log, List.of(stats::record, metrics.executions()::record));
    }

    /** How the gateway names the deployed route a request matched, for the request metrics. */
    GatewayMetrics gatewayMetrics() {
        return metrics.gateway();
    }

    /** The HTTP side, built from the access checks the rest of the API uses. */
    OpsApi api(
            Storage storage,
            ProjectSecrets secrets,
            ProjectAccess projects,
            WorkflowAccess workflows,
            Routes routes,
            ProjectKeys keys,
            JsonRequests json,
            Clock clock,
            NodeRegistry nodeTypes,
            MetricsSettings metricsSettings) {
        OpenApiCache documents = new OpenApiCache(
                routes, storage.projects(), storage.workflows(), keys, nodeTypes, MAX_OPENAPI_DOCUMENTS);
        DocumentHandlers handlers = new DocumentHandlers(json, ExplorerLimits.defaults());
        return new OpsApi(
                metrics.requests(),
                new MetricsService(metrics, metricsSettings),
                metricsSettings.ownPort(),
                new StatsService(statsStore, projects, workflows, clock),
                new OpenApiService(documents, projects),
                new DataService(projects, managedData, schemas, rules, handlers),
                new DataSchemaService(projects, managedData, schemas, rules, json),
                new ExternalDataService(projects, secrets.vault(), userClients, handlers),
                new HealthService(sandbox::usage, preparation::pending));
    }

    /** Sets up managed collections' schemas for templates, as the explorer saves them. */
    SchemaSetup schemaSetup() {
        return new SchemaSetup(managedData, schemas, rules);
    }

    /** What deleting a project removes besides its record: the stores that hold a project's data. */
    ProjectRemoval projectRemoval(Storage storage, ProjectSecrets secrets) {
        return new ProjectRemoval(storage.workflows(), secrets, storage.executions(), statsStore, schemas, managedData);
    }

    /** The start-up compile's progress, which /health reports. */
    Preparation preparation() {
        return preparation;
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
