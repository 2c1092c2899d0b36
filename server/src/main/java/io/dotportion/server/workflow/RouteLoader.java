package io.dotportion.server.workflow;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** At start-up, compiles every deployed version and puts it in the route table. */
public final class RouteLoader {
    private static final Logger LOG = LoggerFactory.getLogger(RouteLoader.class);

    private final WorkflowStore workflows;
    private final ProjectStore projects;
    private final Deployer deployer;

    public RouteLoader(WorkflowStore workflows, ProjectStore projects, Deployer deployer) {
        this.workflows = workflows;
        this.projects = projects;
        this.deployer = deployer;
    }

    /** Loads what it can; a version that no longer compiles is skipped with a warning. Returns how many serve. */
    public int loadAll() {
        int served = 0;
        for (WorkflowRecord workflow : workflows.listDeployed()) {
            if (load(workflow)) {
                served++;
            }
        }
        LOG.info("{} deployed workflow(s) serving", served);
        return served;
    }

    private boolean load(WorkflowRecord workflow) {
        Optional<Project> project = projects.byId(workflow.projectId());
        Optional<WorkflowVersion> version = workflows.version(workflow.id(), workflow.deployedVersion());
        if (project.isEmpty() || version.isEmpty()) {
            LOG.warn("workflow {}: deployed version {} or its project is missing; not serving it",
                    workflow.id(), workflow.deployedVersion());
            return false;
        }
        try {
            deployer.restore(project.get(), version.get());
            return true;
        } catch (RuntimeException e) {
            LOG.warn("workflow {} version {} does not compile any more; not serving it: {}",
                    workflow.id(), workflow.deployedVersion(), e.getMessage());
            return false;
        }
    }
}
