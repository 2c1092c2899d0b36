package io.dotportion.store.log;

import java.time.Duration;

/**
 * Limits of the execution log writer.
 *
 * @param capacity            executions waiting at most; beyond it new ones are dropped (and counted)
 * @param maxBatchSize        executions written in one insert at most
 * @param idlePoll            how long the writer waits for work before it looks again
 * @param warningInterval     a warning about drops or failures is logged at most once per interval
 * @param closeTimeout        how long {@code close()} waits for the queue to drain
 */
public record ExecutionLogSettings(int capacity, int maxBatchSize, Duration idlePoll, Duration warningInterval,
                                   Duration closeTimeout) {

    public ExecutionLogSettings {
        if (capacity < 1 || maxBatchSize < 1) {
            throw new IllegalArgumentException("capacity and maxBatchSize must be positive");
        }
        requirePositive(idlePoll, "idlePoll");
        requirePositive(warningInterval, "warningInterval");
        requirePositive(closeTimeout, "closeTimeout");
    }

    /** 10 000 waiting, batches of up to 500, 200 ms idle poll, a warning a minute, 5 s to drain on close. */
    public static ExecutionLogSettings defaults() {
        return new ExecutionLogSettings(10_000, 500, Duration.ofMillis(200), Duration.ofMinutes(1), Duration.ofSeconds(5));
    }

    public ExecutionLogSettings withCapacity(int newCapacity) {
        return new ExecutionLogSettings(newCapacity, maxBatchSize, idlePoll, warningInterval, closeTimeout);
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
