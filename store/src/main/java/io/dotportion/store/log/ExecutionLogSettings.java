package io.dotportion.store.log;

import java.time.Duration;

/**
 * Limits of the execution log writer.
 *
 * @param capacity            executions waiting at most; beyond it new ones are dropped (and counted)
 * @param maxBatchSize        executions written in one insert at most
 * @param idlePoll            how long the writer waits for work before it looks again
 * @param warningInterval     a warning about drops, sampling or failures is logged at most once per interval
 * @param closeTimeout        how long {@code close()} waits for the queue to drain
 * @param highWaterFraction   share of {@code capacity} waiting above which successful runs picked for a trace are
 *                            sampled, the others kept as summaries (failed runs are always kept in full); 1 never
 *                            samples
 * @param maxSampleEvery      with a full queue one such run in this many is kept in full; between the high-water
 *                            mark and full the share falls linearly from 1 in 2 to 1 in this
 * @param aggregateWindow     how often the runs only counted are written, as one aggregate record per workflow,
 *                            version, HTTP status and start second
 */
public record ExecutionLogSettings(
        int capacity,
        int maxBatchSize,
        Duration idlePoll,
        Duration warningInterval,
        Duration closeTimeout,
        double highWaterFraction,
        int maxSampleEvery,
        Duration aggregateWindow) {

    public static final double DEFAULT_HIGH_WATER_FRACTION = 0.5;
    public static final int DEFAULT_MAX_SAMPLE_EVERY = 100;
    public static final Duration DEFAULT_AGGREGATE_WINDOW = Duration.ofSeconds(1);

    public ExecutionLogSettings {
        if (capacity < 1 || maxBatchSize < 1) {
            throw new IllegalArgumentException("capacity and maxBatchSize must be positive");
        }
        requirePositive(idlePoll, "idlePoll");
        requirePositive(warningInterval, "warningInterval");
        requirePositive(closeTimeout, "closeTimeout");
        requirePositive(aggregateWindow, "aggregateWindow");
        if (!(highWaterFraction > 0 && highWaterFraction <= 1)) {
            throw new IllegalArgumentException("highWaterFraction must be in (0, 1]");
        }
        if (maxSampleEvery < 2) {
            throw new IllegalArgumentException("maxSampleEvery must be at least 2");
        }
    }

    /**
     * Without the sampling knobs: sampling above half the capacity, down to 1 in 100 when full; aggregates
     * written every second.
     */
    public ExecutionLogSettings(
            int capacity, int maxBatchSize, Duration idlePoll, Duration warningInterval, Duration closeTimeout) {
        this(
                capacity,
                maxBatchSize,
                idlePoll,
                warningInterval,
                closeTimeout,
                DEFAULT_HIGH_WATER_FRACTION,
                DEFAULT_MAX_SAMPLE_EVERY,
                DEFAULT_AGGREGATE_WINDOW);
    }

    /** 10 000 waiting, batches of up to 500, 200 ms idle poll, a warning a minute, 5 s to drain on close. */
    public static ExecutionLogSettings defaults() {
        return new ExecutionLogSettings(
                10_000, 500, Duration.ofMillis(200), Duration.ofMinutes(1), Duration.ofSeconds(5));
    }

    public ExecutionLogSettings withCapacity(int newCapacity) {
        return new ExecutionLogSettings(
                newCapacity,
                maxBatchSize,
                idlePoll,
                warningInterval,
                closeTimeout,
                highWaterFraction,
                maxSampleEvery,
                aggregateWindow);
    }

    public ExecutionLogSettings withSampling(double newHighWaterFraction, int newMaxSampleEvery) {
        return new ExecutionLogSettings(
                capacity,
                maxBatchSize,
                idlePoll,
                warningInterval,
                closeTimeout,
                newHighWaterFraction,
                newMaxSampleEvery,
                aggregateWindow);
    }

    public ExecutionLogSettings withAggregateWindow(Duration window) {
        return new ExecutionLogSettings(
                capacity,
                maxBatchSize,
                idlePoll,
                warningInterval,
                closeTimeout,
                highWaterFraction,
                maxSampleEvery,
                window);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
