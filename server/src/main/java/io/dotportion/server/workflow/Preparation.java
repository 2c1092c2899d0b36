package io.dotportion.server.workflow;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many versions restored at start-up still wait for their background compile (see {@link RouteLoader}).
 * Readiness does not wait for it: a route serves from the moment it is loaded, and a request that reaches a
 * version not yet prepared prepares it itself; this count only tells when the warm-up is over.
 */
public final class Preparation {
    private final AtomicInteger pending = new AtomicInteger();

    void add(int count) {
        pending.addAndGet(count);
    }

    void done() {
        pending.decrementAndGet();
    }

    /** Versions restored at start-up and not compiled yet. */
    public int pending() {
        return pending.get();
    }
}
