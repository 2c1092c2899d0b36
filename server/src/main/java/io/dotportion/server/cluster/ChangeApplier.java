package io.dotportion.server.cluster;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.server.gateway.ProjectKey;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.ProjectPolicies;
import io.dotportion.server.gateway.Route;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.workflow.Deployer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings this instance in line with the store after another instance changed something: it never trusts
 * the change's content, it reads the current state (under the route table's write lock, so a local deploy
 * cannot interleave) and serves exactly what the store says is deployed. Applying a change twice, or late,
 * is harmless.
 */
public final class ChangeApplier implements ChangeTarget {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeApplier.class);

    private final Routes routes;
    private final WorkflowStore workflows;
    private final ProjectStore projects;
    private final Deployer deployer;
    private final ProjectKeys keys;
    private final ProjectPolicies policies;

    public ChangeApplier(
            Routes routes,
            WorkflowStore workflows,
            ProjectStore projects,
            Deployer deployer,
            ProjectKeys keys,
            ProjectPolicies policies) {
        this.routes = routes;
        this.workflows = workflows;
        this.projects = projects;
        this.deployer = deployer;
        this.keys = keys;
        this.policies = policies;
    }

    /** One workflow: serve its deployed version, or stop serving it. */
    @Override
    public void workflow(String projectId, String workflowId) {
        routes.exclusively(() -> {
            reconcile(projectId, workflowId, projects.byId(projectId));
            return null;
        });
    }

    /**
     * One project: its settings, its key (slug), its old slugs that redirect and every workflow it serves; all
     * gone when it is deleted.
     */
    @Override
    public void project(String projectId) {
        policies.forget(projectId);
        routes.exclusively(() -> {
            Optional<Project> project = projects.byId(projectId);
            if (project.isEmpty()) {
                routes.update(table -> table.withoutProject(projectId));
                return null;
            }
            ProjectKey key = keys.of(project.get());
            routes.update(table -> table.rekeyed(projectId, key)
                    .redirecting(projectId, key.owner(), project.get().slugRedirects()));
            Set<String> ids = new HashSet<>();
            workflows.listByProject(projectId).forEach(w -> ids.add(w.id()));
            routes.current()
                    .project(projectId)
                    .ifPresent(p -> p.byMethod().values().forEach(list -> list.forEach(r -> ids.add(r.workflowId()))));
            ids.forEach(id -> reconcile(projectId, id, project));
            return null;
        });
    }

    /** Every project this instance serves or the store says is deployed (after changes were missed). */
    @Override
    public void everything() {
        Set<String> projectIds = new HashSet<>(routes.current().keyByProjectId().keySet());
        workflows.listDeployed().forEach(w -> projectIds.add(w.projectId()));
        projectIds.forEach(this::project);
    }

    private void reconcile(String projectId, String workflowId, Optional<Project> project) {
        Optional<WorkflowRecord> workflow = workflows.byId(workflowId);
        Integer deployed = workflow.map(WorkflowRecord::deployedVersion).orElse(null);
        Optional<Route> served = routes.current().project(projectId).flatMap(p -> p.served(workflowId));
        if (deployed == null || project.isEmpty()) {
            routes.update(table -> table.without(projectId, workflowId));
            return;
        }
        if (served.isPresent() && served.get().version() == deployed) {
            return;
        }
        Optional<WorkflowVersion> version = workflows.version(workflowId, deployed);
        if (version.isEmpty()) {
            routes.update(table -> table.without(projectId, workflowId));
            return;
        }
        try {
            deployer.restore(project.get(), version.get());
        } catch (RuntimeException e) {
            LOG.warn(
                    "workflow {} version {} does not compile here; keeping what was served: {}",
                    workflowId,
                    deployed,
                    e.getMessage());
        }
    }
}
