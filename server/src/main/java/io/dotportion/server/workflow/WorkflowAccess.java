package io.dotportion.server.workflow;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.project.ProjectAccess;

/** Finds a workflow the caller may see (through its project); anything else answers 404. */
public final class WorkflowAccess {

    /** A visible workflow and its project. */
    public record Owned(WorkflowRecord workflow, Project project) {
    }

    private final WorkflowStore workflows;
    private final ProjectAccess projects;

    public WorkflowAccess(WorkflowStore workflows, ProjectAccess projects) {
        this.workflows = workflows;
        this.projects = projects;
    }

    public Owned visible(Caller caller, String workflowId) {
        if (workflowId == null || workflowId.isBlank()) {
            throw ApiException.notFound();
        }
        WorkflowRecord workflow = workflows.byId(workflowId).orElseThrow(ApiException::notFound);
        try {
            return new Owned(workflow, projects.visible(caller, workflow.projectId()));
        } catch (ApiException e) {
            throw ApiException.notFound();
        }
    }
}
