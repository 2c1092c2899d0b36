package io.dotportion.server.metrics;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every HTTP request by route kind ({@code api}, {@code v1}, {@code health}, {@code metrics},
 * {@code other}) and status class ({@code 2xx}...), with a duration histogram per kind. Both label sets
 * are closed, so the number of series is bounded.
 */
public final class RequestMetrics implements Filter {
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<String, Histogram> durations = new ConcurrentHashMap<>();

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String kind = kind(req.path().path()); // before routing: services see paths relative to their prefix
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            record(kind, res.status().code(), System.nanoTime() - start);
        }
    }

    void record(String kind, int status, long nanos) {
        counts.computeIfAbsent(kind + " " + (status / 100) + "xx", k -> new LongAdder())
                .increment();
        durations.computeIfAbsent(kind, k -> new Histogram()).observe(nanos);
    }

    static String kind(String path) {
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/v1/")) {
            return "v1";
        }
        return switch (path) {
            case "/health" -> "health";
            case "/metrics" -> "metrics";
            default -> "other";
        };
    }

    void write(PrometheusText out) {
        out.family("dotportion_http_requests_total", "counter", "HTTP requests by route kind and status class.");
        new TreeMap<>(counts).forEach((key, n) -> {
            String[] parts = key.split(" ");
            out.sample(
                    "dotportion_http_requests_total",
                    PrometheusText.labels("kind", parts[0], "status", parts[1]),
                    n.sum());
        });
        out.family("dotportion_http_request_duration_seconds", "histogram", "HTTP request duration by route kind.");
        new TreeMap<>(durations)
                .forEach((kind, h) ->
                        h.write(out, "dotportion_http_request_duration_seconds", PrometheusText.labels("kind", kind)));
    }
}
