package io.dotportion.nodes.script;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many runs each tenant (project) has going: at most {@code perTenant} at once, so that one tenant's
 * runaway scripts take at most that many contexts and workers, and every other tenant keeps the rest. A
 * run written off as stuck keeps its share until its thread really stops.
 */
final class TenantShares {
    private final int perTenant;
    private final Map<String, Semaphore> shares = new ConcurrentHashMap<>();

    TenantShares(int perTenant) {
        this.perTenant = perTenant;
    }

    /** The tenant's share for one run, or null when none became free before {@code deadlineNanos}. */
    Semaphore acquire(String tenant, long deadlineNanos) throws InterruptedException {
        Semaphore share = shares.computeIfAbsent(tenant == null ? "" : tenant, t -> new Semaphore(perTenant));
        if (share.tryAcquire()) {
            return share;
        }
        return share.tryAcquire(deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS) ? share : null;
    }
}
