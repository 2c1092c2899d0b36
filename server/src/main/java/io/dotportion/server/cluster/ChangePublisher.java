package io.dotportion.server.cluster;

import io.dotportion.core.port.Change;
import io.dotportion.core.port.ChangeLog;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces a change this instance made (after it is in the store) to the other instances. A failure to
 * announce is logged, not thrown: the change itself is stored and this instance serves it; the others pick it
 * up at their next full reload (start-up, or after a gap in the log).
 */
public final class ChangePublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ChangePublisher.class);

    private final ChangeLog log;
    private final String origin;
    private final Clock clock;

    public ChangePublisher(ChangeLog log, String origin, Clock clock) {
        this.log = log;
        this.origin = origin;
        this.clock = clock;
    }

    public void workflow(String projectId, String workflowId) {
        publish(new Change(0, Change.Kind.WORKFLOW, projectId, workflowId, origin, clock.instant()));
    }

    public void project(String projectId) {
        publish(new Change(0, Change.Kind.PROJECT, projectId, null, origin, clock.instant()));
    }

    /** The name of this instance in the changes it publishes. */
    public String origin() {
        return origin;
    }

    private void publish(Change change) {
        try {
            log.publish(change);
        } catch (RuntimeException e) {
            LOG.warn(
                    "announcing a {} change of project {} failed ({}); other instances learn of it at their next "
                            + "full reload",
                    change.kind(),
                    change.projectId(),
                    e.getClass().getSimpleName());
        }
    }
}
