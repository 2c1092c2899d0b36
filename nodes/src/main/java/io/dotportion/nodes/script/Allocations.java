package io.dotportion.nodes.script;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap by one thread, as the JVM counts them (garbage included). Where the JVM
 * cannot count per thread, every reading is 0 and no run is stopped for its allocation.
 */
final class Allocations {
    private final com.sun.management.ThreadMXBean threads;

    Allocations() {
        com.sun.management.ThreadMXBean found = null;
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                && bean.isThreadAllocatedMemorySupported()) {
            if (!bean.isThreadAllocatedMemoryEnabled()) {
                bean.setThreadAllocatedMemoryEnabled(true);
            }
            found = bean;
        }
        this.threads = found;
    }

    /** What the calling thread allocated so far. */
    long current() {
        return threads == null ? 0 : threads.getCurrentThreadAllocatedBytes();
    }

    /** What thread {@code id} allocated since it had allocated {@code start}; 0 when it has ended. */
    long since(long id, long start) {
        if (threads == null) {
            return 0;
        }
        long now = threads.getThreadAllocatedBytes(id);
        return now < 0 ? 0 : now - start;
    }
}
