package io.dotportion.store.log;

/**
 * What successful runs counted together share: an aggregate stands for the runs of one workflow version, kind,
 * HTTP status and method that started in one second ({@code second}, epoch seconds).
 */
public record RunKey(
        String projectId, String workflowId, Integer version, String kind, int httpStatus, String method, long second) {

    /** The key of a run started at {@code startedAtMillis}. */
    public static RunKey of(
            String projectId,
            String workflowId,
            Integer version,
            String kind,
            int httpStatus,
            String method,
            long startedAtMillis) {
        return new RunKey(
                projectId, workflowId, version, kind, httpStatus, method, Math.floorDiv(startedAtMillis, 1000));
    }
}
