package io.dotportion.server.cluster;

/** What a {@link ChangeFollower} brings up to date when it reads a change. */
public interface ChangeTarget {

    void workflow(String projectId, String workflowId);

    void project(String projectId);

    /** Every project, after changes may have been missed. */
    void everything();
}
