package io.dotportion.core.port;

import io.dotportion.core.model.WorkflowDocument;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface WorkflowStore {

    WorkflowRecord create(String projectId, WorkflowDocument draft);

    Optional<WorkflowRecord> byId(String id);

    List<WorkflowRecord> listByProject(String projectId);

    /** Every workflow that has a deployed version, across all projects (for building the route table). */
    List<WorkflowRecord> listDeployed();

    /** Replaces the draft only; empty when there is no such workflow. */
    Optional<WorkflowRecord> updateDraft(String id, WorkflowDocument draft);

    /** Atomically hands out the next version number. */
    int nextVersion(String id);

    /** Stores a version; versions are never changed afterwards. */
    void saveVersion(WorkflowVersion version);

    Optional<WorkflowVersion> version(String workflowId, int version);

    /**
     * The stored versions among {@code numbers} (workflow id → version number), read in one go (start-up reads
     * every deployed version so); a pair with no stored version is left out. In no particular order.
     */
    List<WorkflowVersion> versionsByNumber(Map<String, Integer> numbers);

    /** Versions newest first. */
    List<WorkflowVersion> versions(String workflowId);

    /**
     * Sets or clears (null) the deployed version, in one write; returns the workflow's project id (empty when
     * there is no such workflow), so that whoever tells other instances need not read the workflow back.
     */
    Optional<String> setDeployed(String id, Integer version);

    /** Deletes the workflow and its versions. */
    boolean delete(String id);

    /** Deletes every workflow (and version) of a project. */
    void deleteByProject(String projectId);
}
