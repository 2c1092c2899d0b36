package io.dotportion.server.workflow;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, puts every deployed version in the route table at once (method and path only; the versions
 * read in one query, each project once), then has
 * {@code preparation} compile them in the background (scripts' syntax checks, preparation and warm-up
 * included). A request that arrives first compiles its version itself (see {@link DeferredPlan}), so the
 * server answers right from the moment the routes are loaded.
 */
public final class RouteLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RouteLoader.class);

    private final WorkflowStore workflows;
    private final ProjectStore projects;
    private final Deployer deployer;
    private final Executor preparation;
    private final Preparation progress;
    private final List<Restored> loaded = new ArrayList<>();

    public RouteLoader(
            WorkflowStore workflows,
            ProjectStore projects,
            Deployer deployer,
            Executor preparation,
            Preparation progress) {
        this.workflows = workflows;
        this.projects = projects;
        this.deployer = deployer;
        this.preparation = preparation;
        this.progress = progress;
    }

    /**
     * Serves what it can (counted as waiting in {@link Preparation}); {@link #prepareInBackground} then
     * compiles it. Returns how many serve.
     */
    public int loadAll() {
        List<WorkflowRecord> deployed = workflows.listDeployed();
        Map<String, Integer> numbers = new HashMap<>();
        deployed.forEach(workflow -> numbers.put(workflow.id(), workflow.deployedVersion()));
        Map<String, WorkflowVersion> versions = new HashMap<>();
        workflows.versionsByNumber(numbers).forEach(version -> versions.put(version.workflowId(), version));
        Map<String, Optional<Project>> owners = new HashMap<>();
        for (WorkflowRecord workflow : deployed) {
            Optional<Project> project = owners.computeIfAbsent(workflow.projectId(), projects::byId);
            load(workflow, project, Optional.ofNullable(versions.get(workflow.id())))
                    .ifPresent(plan -> loaded.add(new Restored(workflow, plan)));
        }
        LOG.info("{} deployed workflow(s) serving", loaded.size());
        progress.add(loaded.size());
        return loaded.size();
    }

    /**
     * Hands the compile of what {@link #loadAll} served to {@code preparation} (start-up calls it once the
     * server listens, so the compile does not compete with the start).
     */
    public void prepareInBackground() {
        List<Restored> plans = List.copyOf(loaded);
        loaded.clear();
        try {
            preparation.execute(() -> prepareAll(plans));
            LOG.info("compiling {} deployed workflow(s) in the background", plans.size());
        } catch (RejectedExecutionException e) {
            LOG.debug("background compile skipped: closed (requests compile their versions)");
        }
    }

    private void prepareAll(List<Restored> plans) {
        for (Restored restored : plans) {
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            WorkflowRecord workflow = restored.workflow();
            if (!restored.plan().prepare()) {
                deployer.dropBroken(workflow.projectId(), workflow.id(), restored.plan());
                LOG.warn(
                        "workflow {} version {} does not compile any more; not serving it: {}",
                        workflow.id(),
                        workflow.deployedVersion(),
                        restored.plan().failure().getMessage());
            }
            progress.done();
        }
        LOG.info("deployed workflows compiled");
    }

    private record Restored(WorkflowRecord workflow, DeferredPlan plan) {}

    private Optional<DeferredPlan> load(
            WorkflowRecord workflow, Optional<Project> project, Optional<WorkflowVersion> version) {
        if (project.isEmpty() || version.isEmpty()) {
            LOG.warn(
                    "workflow {}: deployed version {} or its project is missing; not serving it",
                    workflow.id(),
                    workflow.deployedVersion());
            return Optional.empty();
        }
        try {
            return Optional.of(deployer.restoreDeferred(project.get(), version.get()));
        } catch (RuntimeException e) {
            LOG.warn(
                    "workflow {} version {} cannot serve; not serving it: {}",
                    workflow.id(),
                    workflow.deployedVersion(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
