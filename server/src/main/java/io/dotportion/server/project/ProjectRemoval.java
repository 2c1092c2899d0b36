package io.dotportion.server.project;

import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.port.ExecutionStore;
import io.dotportion.core.port.ManagedData;
import io.dotportion.core.port.StatsStore;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.server.secrets.ProjectSecrets;

/**
 * Everything a project owns besides its record and members, removed when the project is deleted: workflows
 * and their versions, secrets with the project's data key, the managed database with every collection, the
 * collection schemas, the execution log and the stats. The caller has already taken the project's endpoints
 * off the route table.
 */
public final class ProjectRemoval {

    /** What a deletion removed, as the API answers it. */
    public record Removed(String id, int workflows, int secrets, int managedCollections, long executions) {}

    private final WorkflowStore workflows;
    private final ProjectSecrets secrets;
    private final ExecutionStore executions;
    private final StatsStore stats;
    private final DataSchemaStore schemas;
    private final ManagedData managed;

    public ProjectRemoval(
            WorkflowStore workflows,
            ProjectSecrets secrets,
            ExecutionStore executions,
            StatsStore stats,
            DataSchemaStore schemas,
            ManagedData managed) {
        this.workflows = workflows;
        this.secrets = secrets;
        this.executions = executions;
        this.stats = stats;
        this.schemas = schemas;
        this.managed = managed;
    }

    /** Removes what {@code projectId} owns; {@code actor} is recorded in the secrets' audit trail. */
    Removed remove(String projectId, String actor) {
        int workflowCount = workflows.listByProject(projectId).size();
        workflows.deleteByProject(projectId);
        int secretCount = secrets.vault().list(projectId).size();
        secrets.deleteProject(projectId, actor);
        int collections = managed.drop(projectId);
        schemas.deleteProject(projectId);
        long runs = executions.deleteProject(projectId);
        stats.deleteProject(projectId);
        return new Removed(projectId, workflowCount, secretCount, collections, runs);
    }
}
