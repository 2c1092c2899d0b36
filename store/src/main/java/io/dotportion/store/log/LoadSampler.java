package io.dotportion.store.log;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides whether a successful run picked for a trace is kept in full while the log queue is behind (the others
 * are kept as summaries). At or below the high-water mark every one is; above it one run in N, N rising
 * linearly from 2 just above the mark to {@code maxSampleEvery} with a full queue, so the share kept in full
 * adapts to how far the writer is behind.
 */
final class LoadSampler {
    private final int capacity;
    private final int highWater;
    private final int maxSampleEvery;
    private final AtomicLong seen = new AtomicLong();

    LoadSampler(ExecutionLogSettings settings) {
        this.capacity = settings.capacity();
        this.highWater =
                (int) Math.min(settings.capacity(), Math.ceil(settings.capacity() * settings.highWaterFraction()));
        this.maxSampleEvery = settings.maxSampleEvery();
    }

    /** True when sampling applies at this many waiting executions. */
    boolean behind(int waiting) {
        return highWater < capacity && waiting >= highWater;
    }

    /** One in how many successful runs is kept at this many waiting executions (1: all). */
    int sampleEvery(int waiting) {
        if (!behind(waiting)) {
            return 1;
        }
        double over = Math.min(1.0, (double) (waiting - highWater) / (capacity - highWater));
        return 2 + (int) Math.round((maxSampleEvery - 2) * over);
    }

    /** Whether this successful run is kept at this many waiting executions. */
    boolean keep(int waiting) {
        int every = sampleEvery(waiting);
        return every == 1 || seen.getAndIncrement() % every == 0;
    }
}
