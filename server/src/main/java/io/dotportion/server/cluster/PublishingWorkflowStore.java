package io.dotportion.server.cluster;

import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow store, announcing every change of what serves once it is stored: a deployed version set or
 * cleared (deploy, rollback, undeploy), a workflow deleted, a project's workflows deleted. Drafts are not
 * announced: they do not serve.
 */
public final class PublishingWorkflowStore implements WorkflowStore {
    private final WorkflowStore store;
    private final ChangePublisher publisher;

    public PublishingWorkflowStore(WorkflowStore store, ChangePublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    @Override
    public WorkflowRecord create(String projectId, WorkflowDocument draft) {
        return store.create(projectId, draft);
    }

    @Override
    public Optional<WorkflowRecord> byId(String id) {
        return store.byId(id);
    }

    @Override
    public List<WorkflowRecord> listByProject(String projectId) {
        return store.listByProject(projectId);
    }

    @Override
    public List<WorkflowRecord> listDeployed() {
        return store.listDeployed();
    }

    @Override
    public Optional<WorkflowRecord> updateDraft(String id, WorkflowDocument draft) {
        return store.updateDraft(id, draft);
    }

    @Override
    public int nextVersion(String id) {
        return store.nextVersion(id);
    }

    @Override
    public void saveVersion(WorkflowVersion version) {
        store.saveVersion(version);
    }

    @Override
    public List<WorkflowVersion> versionsByNumber(Map<String, Integer> numbers) {
        return store.versionsByNumber(numbers);
    }

    @Override
    public Optional<WorkflowVersion> version(String workflowId, int version) {
        return store.version(workflowId, version);
    }

    @Override
    public List<WorkflowVersion> versions(String workflowId) {
        return store.versions(workflowId);
    }

    @Override
    public Optional<String> setDeployed(String id, Integer version) {
        Optional<String> projectId = store.setDeployed(id, version);
        projectId.ifPresent(p -> publisher.workflow(p, id));
        return projectId;
    }

    @Override
    public boolean delete(String id) {
        Optional<String> projectId = store.byId(id).map(WorkflowRecord::projectId);
        boolean deleted = store.delete(id);
        projectId.ifPresent(p -> publisher.workflow(p, id));
        return deleted;
    }

    @Override
    public void deleteByProject(String projectId) {
        store.deleteByProject(projectId);
        publisher.project(projectId);
    }
}
