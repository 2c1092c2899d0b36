package io.dotportion.server.gateway;

import io.dotportion.core.model.HttpMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The deployed routes of one project, per method, most literal segments first. Immutable: indexed once
 * when made ({@link MethodRoutes}), so a request's lookup is a map read.
 */
public final class ProjectRoutes {
    private static final Comparator<Route> MOST_LITERAL_FIRST = Comparator.comparingInt(
                    (Route r) -> r.path().literalCount())
            .reversed()
            .thenComparing(r -> r.path().text());

    /** A route that matched a request, with its bound path parameters. */
    public record Match(Route route, Map<String, String> params) {}

    private final String projectId;
    private final ProjectKey key;
    private final Map<HttpMethod, List<Route>> byMethod;
    private final Map<HttpMethod, MethodRoutes> index;

    public ProjectRoutes(String projectId, ProjectKey key, Map<HttpMethod, List<Route>> byMethod) {
        Map<HttpMethod, List<Route>> copy = new EnumMap<>(HttpMethod.class);
        Map<HttpMethod, MethodRoutes> indexed = new EnumMap<>(HttpMethod.class);
        byMethod.forEach((method, routes) -> {
            if (!routes.isEmpty()) {
                List<Route> sorted = routes.stream().sorted(MOST_LITERAL_FIRST).toList();
                copy.put(method, sorted);
                indexed.put(method, new MethodRoutes(sorted));
            }
        });
        this.projectId = projectId;
        this.key = key;
        this.byMethod = Map.copyOf(copy);
        this.index = indexed;
    }

    public String projectId() {
        return projectId;
    }

    public ProjectKey key() {
        return key;
    }

    public Map<HttpMethod, List<Route>> byMethod() {
        return byMethod;
    }

    public static ProjectRoutes empty(String projectId, ProjectKey key) {
        return new ProjectRoutes(projectId, key, Map.of());
    }

    public Optional<Match> match(HttpMethod method, List<String> segments) {
        return Optional.ofNullable(find(method, segments));
    }

    /** The route serving {@code method} at these decoded segments; null when none does. */
    public Match find(HttpMethod method, List<String> segments) {
        MethodRoutes routes = index.get(method);
        return routes == null ? null : routes.match(segments);
    }

    /** The route that serves {@code workflowId} here, if any. */
    public Optional<Route> served(String workflowId) {
        return byMethod.values().stream()
                .flatMap(List::stream)
                .filter(r -> r.workflowId().equals(workflowId))
                .findFirst();
    }

    /** The methods some deployed route serves at this path (what a preflight may ask for). */
    public Set<HttpMethod> methodsAt(List<String> segments) {
        Set<HttpMethod> methods = EnumSet.noneOf(HttpMethod.class);
        index.forEach((method, routes) -> {
            if (routes.match(segments) != null) {
                methods.add(method);
            }
        });
        return methods;
    }

    /** The deployed route of another workflow with the same method and path shape, if any. */
    public Optional<Route> clash(Route candidate) {
        String shape = candidate.path().shape();
        return byMethod.getOrDefault(candidate.method(), List.of()).stream()
                .filter(r -> !r.workflowId().equals(candidate.workflowId()))
                .filter(r -> r.path().shape().equals(shape))
                .findFirst();
    }

    public ProjectRoutes with(Route route) {
        ProjectRoutes without = without(route.workflowId());
        Map<HttpMethod, List<Route>> next = new EnumMap<>(HttpMethod.class);
        next.putAll(without.byMethod);
        List<Route> routes = new ArrayList<>(next.getOrDefault(route.method(), List.of()));
        routes.add(route);
        next.put(route.method(), routes);
        return new ProjectRoutes(projectId, key, next);
    }

    public ProjectRoutes without(String workflowId) {
        Map<HttpMethod, List<Route>> next = new EnumMap<>(HttpMethod.class);
        byMethod.forEach((method, routes) -> next.put(
                method,
                routes.stream().filter(r -> !r.workflowId().equals(workflowId)).toList()));
        return new ProjectRoutes(projectId, key, next);
    }

    public ProjectRoutes rekeyed(ProjectKey newKey) {
        return new ProjectRoutes(projectId, newKey, byMethod);
    }

    public boolean isEmpty() {
        return byMethod.isEmpty();
    }

    @Override
    public String toString() {
        return "ProjectRoutes[" + projectId + ", " + key + ", " + byMethod + "]";
    }
}
