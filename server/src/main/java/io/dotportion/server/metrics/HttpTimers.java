package io.dotportion.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code http_server_requests_seconds} (method, status, outcome, route, project): one cache of timers per route
 * label. Deployed endpoints are labelled by their workflow's path template and project id ({@link #deployed}),
 * the platform's own routes by their registered pattern ({@link #platform}); the raw path never is. Past
 * {@code maxRoutes} distinct labels further ones share {@code route="other"}, so the series stay bounded.
 */
public final class HttpTimers {
    static final String NAME = "http.server.requests";
    static final String OTHER = "other";
    static final String NO_PROJECT = "";
    /** Upper bounds of the latency buckets: the classic Prometheus defaults. */
    static final Duration[] BUCKETS = buckets(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10);

    private final MeterRegistry registry;
    private final int maxRoutes;
    private final Map<String, StatusTimers> platform = new ConcurrentHashMap<>();
    private final Map<String, Map<String, StatusTimers>> deployed = new ConcurrentHashMap<>();
    private final StatusTimers other;

    HttpTimers(MeterRegistry registry, int maxRoutes) {
        this.registry = registry;
        this.maxRoutes = maxRoutes;
        this.other = new StatusTimers(registry, Tags.of("route", OTHER, "project", NO_PROJECT));
    }

    /** The timers of a deployed route: its workflow's path template in its project. */
    StatusTimers deployed(String projectId, String template) {
        Map<String, StatusTimers> project = deployed.get(projectId);
        StatusTimers timers = project == null ? null : project.get(template);
        return timers != null ? timers : deployedTimers(projectId, template);
    }

    /** A request of the platform's own routes, labelled by the pattern that matched it (or a fixed word). */
    void platform(String route, String method, int status, long nanos) {
        StatusTimers timers = platform.get(route);
        if (timers == null) {
            timers = platformTimers(route);
        }
        timers.record(method, status, nanos);
    }

    private StatusTimers deployedTimers(String projectId, String template) {
        Map<String, StatusTimers> project = deployed.computeIfAbsent(projectId, id -> new ConcurrentHashMap<>());
        StatusTimers existing = project.get(template);
        if (existing != null) {
            return existing;
        }
        if (size() >= maxRoutes) {
            return other;
        }
        return project.computeIfAbsent(
                template, t -> new StatusTimers(registry, Tags.of("route", t, "project", projectId)));
    }

    private StatusTimers platformTimers(String route) {
        if (size() >= maxRoutes) {
            return other;
        }
        return platform.computeIfAbsent(
                route, r -> new StatusTimers(registry, Tags.of("route", r, "project", NO_PROJECT)));
    }

    private int size() {
        int n = platform.size();
        for (Map<String, StatusTimers> project : deployed.values()) {
            n += project.size();
        }
        return n;
    }

    static Timer timer(MeterRegistry registry, Tags route, String method, int status) {
        return Timer.builder(NAME)
                .description("HTTP requests by route template, method, status and outcome.")
                .tags(route)
                .tag("method", method)
                .tag("status", Integer.toString(status))
                .tag("outcome", outcome(status))
                .serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> "UNKNOWN";
        };
    }

    static Duration[] buckets(double... seconds) {
        Duration[] out = new Duration[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            out[i] = Duration.ofNanos(Math.round(seconds[i] * 1e9));
        }
        return out;
    }
}
