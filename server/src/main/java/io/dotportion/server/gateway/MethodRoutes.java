package io.dotportion.server.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of one method in a project, indexed once when the route table changes: paths without
 * parameters by their segments (a map read), paths with parameters by their number of segments, most
 * literal segments first. A request's segments are the decoded segments of its path; a literal matches only
 * the same text, so {@code /a%2Fb} (one segment {@code a/b}) is not {@code /a/b}.
 *
 * <p>Chooses what a scan of every route, most literal segments first, would choose: a path without
 * parameters has as many literals as segments, more than any path with parameters of that length.
 */
final class MethodRoutes {
    private static final Route[] NONE = {};

    private final Map<List<String>, Route> exact;
    private final Route[][] withParamsBySize;

    /** {@code routes} sorted most literal segments first; for two paths alike, the first one serves. */
    MethodRoutes(List<Route> routes) {
        Map<List<String>, Route> literal = new HashMap<>();
        List<List<Route>> bySize = new ArrayList<>();
        for (Route route : routes) {
            List<String> literals = literals(route);
            if (literals != null) {
                literal.putIfAbsent(literals, route);
                continue;
            }
            int size = route.path().segments().size();
            while (bySize.size() <= size) {
                bySize.add(new ArrayList<>());
            }
            bySize.get(size).add(route);
        }
        this.exact = Map.copyOf(literal);
        this.withParamsBySize = new Route[bySize.size()][];
        for (int i = 0; i < bySize.size(); i++) {
            withParamsBySize[i] = bySize.get(i).toArray(NONE);
        }
    }

    /** The route for these segments and its bound parameters; null when none matches. */
    ProjectRoutes.Match match(List<String> segments) {
        Route route = exact.get(segments);
        if (route != null) {
            return new ProjectRoutes.Match(route, Map.of());
        }
        int size = segments.size();
        if (size >= withParamsBySize.length) {
            return null;
        }
        for (Route candidate : withParamsBySize[size]) {
            Map<String, String> params = candidate.path().match(segments);
            if (params != null) {
                return new ProjectRoutes.Match(candidate, params);
            }
        }
        return null;
    }

    /** The literal segments of a path without parameters; null when it has one. */
    private static List<String> literals(Route route) {
        List<String> literals = new ArrayList<>(route.path().segments().size());
        for (var segment : route.path().segments()) {
            if (segment.isParam()) {
                return null;
            }
            literals.add(segment.literal());
        }
        return List.copyOf(literals);
    }
}
