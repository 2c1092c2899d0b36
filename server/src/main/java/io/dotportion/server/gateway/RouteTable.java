package io.dotportion.server.gateway;

import io.dotportion.core.port.Project;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every deployed route of the platform, by project, and the old slugs that redirect to a project after a
 * rename. Immutable: changes make a new table.
 */
public record RouteTable(
        Map<ProjectKey, ProjectRoutes> byKey,
        Map<String, ProjectKey> keyByProjectId,
        Map<ProjectKey, SlugRedirect> redirects) {

    /** An old key of {@code projectId} that answers with a redirect until {@code until} (exclusive). */
    public record SlugRedirect(String projectId, Instant until) {}

    public RouteTable {
        byKey = Map.copyOf(byKey);
        keyByProjectId = Map.copyOf(keyByProjectId);
        redirects = Map.copyOf(redirects);
    }

    public static RouteTable empty() {
        return new RouteTable(Map.of(), Map.of(), Map.of());
    }

    public Optional<ProjectRoutes> find(ProjectKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<ProjectRoutes> project(String projectId) {
        return Optional.ofNullable(keyByProjectId.get(projectId)).map(byKey::get);
    }

    /** The routes of the project an old key redirects to at {@code now}; empty when none (or nothing deployed). */
    public Optional<ProjectRoutes> redirectTarget(ProjectKey oldKey, Instant now) {
        SlugRedirect redirect = redirects.get(oldKey);
        if (redirect == null || !now.isBefore(redirect.until())) {
            return Optional.empty();
        }
        return project(redirect.projectId());
    }

    /** Adds or replaces the route of {@code route.workflowId()} in a project. */
    public RouteTable with(String projectId, ProjectKey key, Route route) {
        ProjectRoutes current = project(projectId).orElse(ProjectRoutes.empty(projectId, key));
        return put(current.rekeyed(key).with(route));
    }

    public RouteTable without(String projectId, String workflowId) {
        return project(projectId).map(p -> put(p.without(workflowId))).orElse(this);
    }

    /** The project's routes and its redirects gone (it was deleted). */
    public RouteTable withoutProject(String projectId) {
        return withoutRoutes(projectId).redirecting(projectId, null, List.of());
    }

    public RouteTable rekeyed(String projectId, ProjectKey newKey) {
        return project(projectId)
                .map(p -> withoutRoutes(projectId).put(p.rekeyed(newKey)))
                .orElse(this);
    }

    /** Replaces the old slugs of {@code projectId} (owned by {@code owner}) that redirect to it. */
    public RouteTable redirecting(String projectId, String owner, List<Project.SlugRedirect> slugs) {
        Map<ProjectKey, SlugRedirect> next = new HashMap<>(redirects);
        next.values().removeIf(r -> r.projectId().equals(projectId));
        slugs.forEach(s -> next.put(new ProjectKey(owner, s.slug()), new SlugRedirect(projectId, s.until())));
        return new RouteTable(byKey, keyByProjectId, next);
    }

    private RouteTable withoutRoutes(String projectId) {
        ProjectKey key = keyByProjectId.get(projectId);
        if (key == null) {
            return this;
        }
        Map<ProjectKey, ProjectRoutes> projects = new HashMap<>(byKey);
        Map<String, ProjectKey> keys = new HashMap<>(keyByProjectId);
        projects.remove(key);
        keys.remove(projectId);
        return new RouteTable(projects, keys, redirects);
    }

    private RouteTable put(ProjectRoutes routes) {
        RouteTable base = withoutRoutes(routes.projectId());
        if (routes.isEmpty()) {
            return base;
        }
        Map<ProjectKey, ProjectRoutes> projects = new HashMap<>(base.byKey);
        Map<String, ProjectKey> keys = new HashMap<>(base.keyByProjectId);
        projects.put(routes.key(), routes);
        keys.put(routes.projectId(), routes.key());
        return new RouteTable(projects, keys, redirects);
    }
}
