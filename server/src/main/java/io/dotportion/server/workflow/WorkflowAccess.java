package io.dotportion.server.workflow;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;

/**
 * Finds a workflow through its project: 404 when the caller is not a member of that project (or there is
 * no such workflow), 403 when the caller's role lacks the permission.
 */
public final class WorkflowAccess {

    /** A visible workflow and its project. */
    public record Owned(WorkflowRecord workflow, Project project) {}

    private final WorkflowStore workflows;
    private final ProjectAccess projects;

    public WorkflowAccess(WorkflowStore workflows, ProjectAccess projects) {
        this.workflows = workflows;
        this.projects = projects;
    }

    public Owned workflow(Caller caller, String workflowId, Permission permission) {
        if (workflowId == null || workflowId.isBlank()) {
            throw ApiException.notFound();
        }
        WorkflowRecord workflow = workflows.byId(workflowId).orElseThrow(ApiException::notFound);
        try {
            return new Owned(workflow, projects.project(caller, workflow.projectId(), permission));
        } catch (ApiException e) {
            throw e.error() == ApiError.FORBIDDEN ? e : ApiException.notFound();
        }
    }

    /** A workflow the caller may read (any member of its project). */
    public Owned visible(Caller caller, String workflowId) {
        return workflow(caller, workflowId, Permission.READ);
    }
}
