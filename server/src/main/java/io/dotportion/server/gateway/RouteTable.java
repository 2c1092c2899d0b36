package io.dotportion.server.gateway;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every deployed route of the platform, by project. Immutable: changes make a new table. */
public record RouteTable(Map<ProjectKey, ProjectRoutes> byKey, Map<String, ProjectKey> keyByProjectId) {

    public RouteTable {
        byKey = Map.copyOf(byKey);
        keyByProjectId = Map.copyOf(keyByProjectId);
    }

    public static RouteTable empty() {
        return new RouteTable(Map.of(), Map.of());
    }

    public Optional<ProjectRoutes> find(ProjectKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Optional<ProjectRoutes> project(String projectId) {
        return Optional.ofNullable(keyByProjectId.get(projectId)).map(byKey::get);
    }

    /** Adds or replaces the route of {@code route.workflowId()} in a project. */
    public RouteTable with(String projectId, ProjectKey key, Route route) {
        ProjectRoutes current = project(projectId).orElse(ProjectRoutes.empty(projectId, key));
        return put(current.rekeyed(key).with(route));
    }

    public RouteTable without(String projectId, String workflowId) {
        return project(projectId).map(p -> put(p.without(workflowId))).orElse(this);
    }

    public RouteTable withoutProject(String projectId) {
        ProjectKey key = keyByProjectId.get(projectId);
        if (key == null) {
            return this;
        }
        Map<ProjectKey, ProjectRoutes> projects = new HashMap<>(byKey);
        Map<String, ProjectKey> keys = new HashMap<>(keyByProjectId);
        projects.remove(key);
        keys.remove(projectId);
        return new RouteTable(projects, keys);
    }

    public RouteTable rekeyed(String projectId, ProjectKey newKey) {
        return project(projectId)
                .map(p -> withoutProject(projectId).put(p.rekeyed(newKey)))
                .orElse(this);
    }

    private RouteTable put(ProjectRoutes routes) {
        RouteTable base = withoutProject(routes.projectId());
        if (routes.isEmpty()) {
            return base;
        }
        Map<ProjectKey, ProjectRoutes> projects = new HashMap<>(base.byKey);
        Map<String, ProjectKey> keys = new HashMap<>(base.keyByProjectId);
        projects.put(routes.key(), routes);
        keys.put(routes.projectId(), routes.key());
        return new RouteTable(projects, keys);
    }
}
