package io.dotportion.server.cluster;

import io.dotportion.core.port.Change;
import io.dotportion.core.port.ChangeLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the change log with a cursor and applies what other instances changed. Sequence numbers grow by one;
 * a missing one is a publisher between its counter bump and its insert, so the reader waits for it up to
 * {@code gapWait}, then skips it and reloads everything (which also covers changes swept before it read them).
 * Not thread-safe: one poller calls {@link #poll}.
 */
public final class ChangeFollower {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFollower.class);

    private final ChangeLog log;
    private final ChangeTarget applier;
    private final String origin;
    private final ClusterSettings settings;
    private final Clock clock;
    private long cursor;
    private Instant gapSeen;

    /** Starts after the newest change: what came before is already in the store this instance loads. */
    public ChangeFollower(ChangeLog log, ChangeTarget applier, String origin, ClusterSettings settings, Clock clock) {
        this.log = log;
        this.applier = applier;
        this.origin = origin;
        this.settings = settings;
        this.clock = clock;
        this.cursor = log.latest();
    }

    /** Applies the changes published since the last poll; returns how many were applied. */
    public int poll() {
        List<Change> page = log.after(cursor, settings.batch());
        int applied = 0;
        for (Change change : page) {
            if (change.seq() != cursor + 1 && !gapExpired(change.seq())) {
                return applied;
            }
            gapSeen = null;
            apply(change);
            cursor = change.seq();
            applied++;
        }
        return applied;
    }

    private boolean gapExpired(long next) {
        Instant now = clock.instant();
        if (gapSeen == null) {
            gapSeen = now;
        }
        if (now.isBefore(gapSeen.plus(settings.gapWait()))) {
            return false;
        }
        LOG.warn("changes {} to {} never appeared in the change log; reloading every project", cursor + 1, next - 1);
        applier.everything();
        return true;
    }

    private void apply(Change change) {
        if (origin.equals(change.origin())) {
            return;
        }
        switch (change.kind()) {
            case WORKFLOW -> applier.workflow(change.projectId(), change.workflowId());
            case PROJECT -> applier.project(change.projectId());
        }
    }

    long cursor() {
        return cursor;
    }
}
