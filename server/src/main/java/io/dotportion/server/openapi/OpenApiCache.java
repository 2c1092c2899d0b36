package io.dotportion.server.openapi;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.value.Json;
import io.dotportion.server.gateway.ProjectKey;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.ProjectRoutes;
import io.dotportion.server.gateway.Route;
import io.dotportion.server.gateway.Routes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document of each project, built once per change of its deployed routes (the route table
 * hands out a new {@link ProjectRoutes} on every deploy, undeploy, rollback or slug change) or of the
 * project's settings, and served from memory otherwise. At most {@code maxProjects} documents are kept.
 */
public final class OpenApiCache {
    private record Entry(ProjectRoutes routes, Instant projectUpdatedAt, byte[] json) {}

    private final Routes routes;
    private final NodeRegistry nodeTypes;
    private final ProjectStore projects;
    private final WorkflowStore workflows;
    private final ProjectKeys keys;
    private final int maxProjects;
    private final ConcurrentHashMap<String, Entry> byProject = new ConcurrentHashMap<>();

    public OpenApiCache(
            Routes routes,
            ProjectStore projects,
            WorkflowStore workflows,
            ProjectKeys keys,
            NodeRegistry nodeTypes,
            int maxProjects) {
        this.nodeTypes = nodeTypes;
        this.routes = routes;
        this.projects = projects;
        this.workflows = workflows;
        this.keys = keys;
        this.maxProjects = maxProjects;
    }

    /** The document of the project served at {@code /api/{owner}/{slug}}; empty when it serves nothing. */
    public Optional<byte[]> published(ProjectKey key) {
        return routes.current()
                .find(key)
                .flatMap(served -> projects.byId(served.projectId()).map(project -> document(project, served)));
    }

    /** The document of a project the caller may see; without deployed workflows it has no paths. */
    public byte[] of(Project project) {
        return document(project, routes.current().project(project.id()).orElse(null));
    }

    private byte[] document(Project project, ProjectRoutes served) {
        Entry entry = byProject.get(project.id());
        if (entry != null
                && entry.routes() == served
                && Objects.equals(entry.projectUpdatedAt(), project.updatedAt())) {
            return entry.json();
        }
        byte[] json = build(project, served);
        if (byProject.size() >= maxProjects) {
            byProject.clear();
        }
        byProject.put(project.id(), new Entry(served, project.updatedAt(), json));
        return json;
    }

    private byte[] build(Project project, ProjectRoutes served) {
        ProjectKey key = served != null ? served.key() : keys.of(project);
        List<DeployedWorkflow> deployed = new ArrayList<>();
        if (served != null) {
            for (List<Route> byMethod : served.byMethod().values()) {
                for (Route route : byMethod) {
                    workflows
                            .version(route.workflowId(), route.version())
                            .ifPresent(v -> deployed.add(new DeployedWorkflow(
                                    route.workflowId(), route.version(), route.method(), route.path(), v.document())));
                }
            }
        }
        boolean rateLimited = project.rateLimit() != null && project.rateLimit().enabled();
        var doc = OpenApiDocument.build(
                project.name(), "/api/" + key.owner() + "/" + key.slug(), rateLimited, deployed, nodeTypes);
        return Json.write(doc).getBytes(StandardCharsets.UTF_8);
    }
}
