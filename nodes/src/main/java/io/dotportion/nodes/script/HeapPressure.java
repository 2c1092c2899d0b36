package io.dotportion.nodes.script;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Whether the heap is nearly full of data that outlives young collections: the old generation's use now
 * (where large arrays and everything kept go), or the whole heap's use after the last collection, against
 * the heap's maximum. Short-lived garbage does not count, so scripts that only churn do not trigger it;
 * scripts that keep what they allocate do. Used by the watchdog thread only.
 */
final class HeapPressure {
    private final List<MemoryPoolMXBean> all;
    private final List<MemoryPoolMXBean> old;
    private final List<GarbageCollectorMXBean> collectors;
    private final long limit;
    private long readAt = -1;
    private boolean fullAfterCollection;

    /** @param fraction of the maximum heap above which the heap counts as full (0 to 1) */
    HeapPressure(double fraction) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        this.all = heap.stream()
                .filter(MemoryPoolMXBean::isCollectionUsageThresholdSupported)
                .toList();
        // young pools (eden, survivor) support no usage threshold; the old generation does
        this.old = heap.stream()
                .filter(MemoryPoolMXBean::isUsageThresholdSupported)
                .toList();
        this.collectors = ManagementFactory.getGarbageCollectorMXBeans();
        long max = Runtime.getRuntime().maxMemory();
        this.limit = max == Long.MAX_VALUE ? Long.MAX_VALUE : (long) (max * fraction);
    }

    boolean high() {
        if (limit == Long.MAX_VALUE) {
            return false;
        }
        long kept = 0;
        for (MemoryPoolMXBean pool : old) {
            kept += pool.getUsage().getUsed();
        }
        return kept > limit || fullAfterCollection();
    }

    private boolean fullAfterCollection() {
        long count = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            count += Math.max(0, collector.getCollectionCount());
        }
        if (count != readAt) {
            readAt = count;
            long live = 0;
            for (MemoryPoolMXBean pool : all) {
                MemoryUsage after = pool.getCollectionUsage();
                live += after == null ? 0 : after.getUsed();
            }
            fullAfterCollection = live > limit;
        }
        return fullAfterCollection;
    }
}
