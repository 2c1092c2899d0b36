package io.dotportion.server.wiring;

import io.dotportion.server.data.DataSchemaService;
import io.dotportion.server.data.DataService;
import io.dotportion.server.data.ExternalDataService;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.HealthService;
import io.dotportion.server.http.SecurityHeaders;
import io.dotportion.server.metrics.MetricsService;
import io.dotportion.server.metrics.RequestMetrics;
import io.dotportion.server.openapi.OpenApiService;
import io.dotportion.server.stats.StatsService;
import io.helidon.webserver.http.HttpRouting;
import java.util.List;

/**
 * The HTTP services of {@link Ops}: the request metrics, /metrics (on the management port instead when
 * {@code metricsOnOwnPort}), /health, stats, OpenAPI and data explorer routes.
 */
record OpsApi(
        RequestMetrics requests,
        MetricsService metrics,
        boolean metricsOnOwnPort,
        StatsService stats,
        OpenApiService openApi,
        DataService data,
        DataSchemaService dataSchemas,
        ExternalDataService externalData,
        HealthService health) {

    /** The management listener's routes: /metrics alone, answered like on the main port. */
    void addManagementRoutes(HttpRouting.Builder routing) {
        routing.addFilter(requests).addFilter(new SecurityHeaders()).get("/metrics", metrics);
    }

    /** The request counter runs before every other filter, so it also counts refused requests. */
    void addFilters(HttpRouting.Builder routing) {
        routing.addFilter(requests);
    }

    /** Routes that must be matched before the gateway's catch-all {@code /api/} route. */
    void addRoutes(HttpRouting.Builder routing) {
        if (!metricsOnOwnPort) {
            routing.get("/metrics", metrics);
        }
        routing.get("/api/{owner}/{project}/openapi.json", openApi::published);
    }

    /** The management API's services among these ({@link HttpApi} registers them with the others). */
    List<ApiService> v1() {
        return List.of(stats, openApi, data, dataSchemas, externalData);
    }
}
