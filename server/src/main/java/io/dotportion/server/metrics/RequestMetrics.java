package io.dotportion.server.metrics;

import io.dotportion.server.http.ErrorHandlers;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request. {@code http_server_requests_seconds} is labelled by the pattern of the route
 * that matched, or for the gateway's by the deployed workflow's path template and project id (see
 * {@link GatewayMetrics}); requests no route matched are {@code route="NOT_FOUND"}, those refused
 * before routing {@code route="UNKNOWN"}. Also counts {@code dotportion_http_requests_total} by route kind
 * ({@code api}, {@code v1}, {@code health}, {@code metrics}, {@code other}) and status class, with a
 * duration histogram per kind. Every meter of the kinds is resolved here, once.
 */
public final class RequestMetrics implements Filter {
    static final String[] KINDS = {"api", "v1", "health", "metrics", "other"};
    private static final int API = 0;
    private static final int V1 = 1;
    private static final int HEALTH = 2;
    private static final int METRICS = 3;
    private static final int OTHER = 4;
    static final String NOT_FOUND = "NOT_FOUND";
    static final String UNKNOWN = "UNKNOWN";

    private final HttpTimers http;
    private final GatewayMetrics gateway;
    private final Counter[][] counts = new Counter[KINDS.length][6];
    private final Timer[] durations = new Timer[KINDS.length];

    RequestMetrics(MeterRegistry registry, HttpTimers http, GatewayMetrics gateway) {
        this.http = http;
        this.gateway = gateway;
        for (int k = 0; k < KINDS.length; k++) {
            for (int c = 1; c <= 5; c++) {
                counts[k][c] = Counter.builder("dotportion.http.requests")
                        .description("HTTP requests by route kind and status class.")
                        .tag("kind", KINDS[k])
                        .tag("status", c + "xx")
                        .register(registry);
            }
            durations[k] = Timer.builder("dotportion.http.request.duration")
                    .description("HTTP request duration by route kind.")
                    .tag("kind", KINDS[k])
                    .serviceLevelObjectives(HttpTimers.BUCKETS)
                    .register(registry);
        }
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        int kind = kind(req.path().path()); // before routing: services see paths relative to their prefix
        GatewayMetrics.Slot slot = kind == API ? gateway.begin() : null;
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            chain.proceed();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            long nanos = System.nanoTime() - start;
            int status = failure == null ? res.status().code() : ErrorHandlers.status(failure);
            record(kind, status, nanos);
            String method = req.prologue().method().text();
            if (slot != null && slot.matched != null) {
                slot.matched.record(method, status, nanos);
                slot.matched = null;
            } else {
                http.platform(route(req, status), method, status, nanos);
            }
        }
    }

    private void record(int kind, int status, long nanos) {
        int statusClass = status / 100;
        counts[kind][statusClass >= 1 && statusClass <= 5 ? statusClass : 5].increment();
        durations[kind].record(nanos, TimeUnit.NANOSECONDS);
    }

    private static String route(RoutingRequest req, int status) {
        String pattern = req.matchingPattern().orElse(null);
        if (pattern != null) {
            return pattern;
        }
        return status == 404 ? NOT_FOUND : UNKNOWN;
    }

    static int kind(String path) {
        if (path.startsWith("/api/")) {
            return API;
        }
        if (path.startsWith("/v1/")) {
            return V1;
        }
        return switch (path) {
            case "/health" -> HEALTH;
            case "/metrics" -> METRICS;
            default -> OTHER;
        };
    }
}
