package io.dotportion.server.workflow;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.server.gateway.ProjectKey;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.Route;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.time.Clock;
import java.util.Map;

/**
 * Puts workflow versions live: compile, refuse a route clash, record the version, swap the route table.
 * When a method returns, the endpoint serves the new version.
 */
public final class Deployer {
    private final WorkflowStore workflows;
    private final Drafts drafts;
    private final Routes routes;
    private final ProjectKeys keys;
    private final Clock clock;

    public Deployer(WorkflowStore workflows, Drafts drafts, Routes routes, ProjectKeys keys, Clock clock) {
        this.workflows = workflows;
        this.drafts = drafts;
        this.routes = routes;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Freezes the draft into a new version bound to {@code environment} and serves it; returns the version
     * number. Refused (400) when a secret it names has no value there.
     */
    public int deploy(Project project, WorkflowRecord workflow, String userId, String environment) {
        WorkflowDocument draft = workflow.draft();
        CompiledWorkflow plan = drafts.compileForDeploy(draft, project, environment);
        return routes.exclusively(() -> {
            Route route = route(workflow.id(), draft, 0, plan);
            refuseClash(project, route);
            int version = workflows.nextVersion(workflow.id());
            workflows.saveVersion(new WorkflowVersion(
                    workflow.id(), project.id(), version, draft, userId, clock.instant(), environment));
            workflows.setDeployed(workflow.id(), version);
            serve(project, route(workflow.id(), draft, version, plan));
            return version;
        });
    }

    /** Serves an earlier version again. */
    public int rollback(Project project, WorkflowRecord workflow, int version) {
        WorkflowVersion stored = workflows
                .version(workflow.id(), version)
                .orElseThrow(() -> new ApiException(ApiError.NOT_FOUND, "no version " + version + " of this workflow"));
        CompiledWorkflow plan =
                EnvironmentPlan.bind(drafts.compileServed(stored.document(), project.id()), stored.environment());
        return routes.exclusively(() -> {
            Route route = route(workflow.id(), stored.document(), version, plan);
            refuseClash(project, route);
            workflows.setDeployed(workflow.id(), version);
            serve(project, route);
            return version;
        });
    }

    public void undeploy(Project project, WorkflowRecord workflow) {
        routes.exclusively(() -> {
            workflows.setDeployed(workflow.id(), null);
            return routes.update(table -> table.without(project.id(), workflow.id()));
        });
    }

    /** Serves a stored version without recording anything (start-up). */
    public void restore(Project project, WorkflowVersion version) {
        CompiledWorkflow plan =
                EnvironmentPlan.bind(drafts.compileServed(version.document(), project.id()), version.environment());
        serve(project, route(version.workflowId(), version.document(), version.version(), plan));
    }

    /**
     * Serves a stored version at once and compiles it later (start-up): the route table needs only the
     * document's method and path; the returned plan compiles on {@link DeferredPlan#prepare} or on its first
     * request. Throws when the method or path cannot serve.
     */
    DeferredPlan restoreDeferred(Project project, WorkflowVersion version) {
        WorkflowDocument document = version.document();
        HttpMethod method = HttpMethod.parse(document.method())
                .orElseThrow(() -> new IllegalArgumentException("no servable method"));
        DeferredPlan plan = new DeferredPlan(
                method.name(),
                RoutePath.parse(document.path()),
                () -> EnvironmentPlan.bind(drafts.compileServed(document, project.id()), version.environment()));
        serve(project, route(version.workflowId(), document, version.version(), plan));
        return plan;
    }

    /** Stops serving a version restored by {@link #restoreDeferred} that did not compile, unless replaced since. */
    void dropBroken(String projectId, String workflowId, DeferredPlan plan) {
        routes.exclusively(() -> routes.update(table -> table.project(projectId)
                .flatMap(project -> project.served(workflowId))
                .filter(route -> route.plan() == plan)
                .map(route -> table.without(projectId, workflowId))
                .orElse(table)));
    }

    private void serve(Project project, Route route) {
        ProjectKey key = keys.of(project);
        routes.update(table ->
                table.with(project.id(), key, route).redirecting(project.id(), key.owner(), project.slugRedirects()));
    }

    private void refuseClash(Project project, Route candidate) {
        routes.current().project(project.id()).flatMap(p -> p.clash(candidate)).ifPresent(other -> {
            String message = candidate.method() + " " + candidate.path().text() + " is already served by workflow '"
                    + other.workflowName() + "' (" + other.workflowId() + ")";
            throw new ApiException(ApiError.ROUTE_CONFLICT, message, Map.of("workflowId", other.workflowId()));
        });
    }

    private static Route route(String workflowId, WorkflowDocument document, int version, CompiledWorkflow plan) {
        HttpMethod method = HttpMethod.parse(plan.method())
                .orElseThrow(() -> new IllegalStateException("compiled workflow has no servable method"));
        return new Route(workflowId, document.name(), version, method, plan.path(), plan, document.log());
    }
}
