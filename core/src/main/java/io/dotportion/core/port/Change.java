package io.dotportion.core.port;

import java.time.Instant;

/**
 * One entry of the {@link ChangeLog}. {@code seq} is 0 until published. {@code workflowId} is null for
 * project changes. {@code origin} names the instance that made the change.
 */
public record Change(long seq, Kind kind, String projectId, String workflowId, String origin, Instant at) {

    /** What an instance reloads when it reads the change. */
    public enum Kind {
        /** A workflow's deployed version changed (deploy, undeploy, rollback, delete). */
        WORKFLOW,
        /** A project's name, slug, CORS or rate limit changed, or the project was deleted. */
        PROJECT
    }

    public Change withSeq(long assigned) {
        return new Change(assigned, kind, projectId, workflowId, origin, at);
    }
}
