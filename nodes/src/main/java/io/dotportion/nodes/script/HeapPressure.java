package io.dotportion.nodes.script;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Whether the heap is nearly full of live data: what the heap held after the last collection, against
 * its maximum. Garbage does not count (a collection removed it), so scripts that only churn do not
 * trigger it; scripts that keep what they allocate do. {@link #fresh()} tells whether a collection ran
 * since the last time pressure was acted on, so that one reading is acted on once. Used by the watchdog
 * thread only.
 */
final class HeapPressure {
    private final List<MemoryPoolMXBean> pools;
    private final List<GarbageCollectorMXBean> collectors;
    private final long limit;
    private long actedAt = -1;
    private long readAt = -1;
    private boolean full;

    /** @param fraction of the maximum heap above which the heap counts as full (0 to 1) */
    HeapPressure(double fraction) {
        this.pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported())
                .toList();
        this.collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long max = Runtime.getRuntime().maxMemory();
        this.limit = max == Long.MAX_VALUE ? Long.MAX_VALUE : (long) (max * fraction);
    }

    /** True when the heap after the last collection is above the limit and this reading was not acted on yet. */
    boolean high() {
        long count = collections();
        if (limit == Long.MAX_VALUE || count == actedAt) {
            return false;
        }
        if (count != readAt) {
            readAt = count;
            long live = 0;
            for (MemoryPoolMXBean pool : pools) {
                MemoryUsage after = pool.getCollectionUsage();
                live += after == null ? 0 : after.getUsed();
            }
            full = live > limit;
        }
        return full;
    }

    /** Records that the current reading was acted on: the next one needs a new collection. */
    void acted() {
        actedAt = collections();
    }

    private long collections() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        return count;
    }
}
