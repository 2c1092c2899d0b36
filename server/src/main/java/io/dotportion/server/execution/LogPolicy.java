package io.dotportion.server.execution;

import io.dotportion.core.model.LogSetting;
import io.dotportion.store.log.Keeping;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides what the execution log keeps of a finished run. Failures and test runs: in full, always. A
 * successful deployed run follows its workflow's {@link LogSetting}; without one, the default: the first
 * {@code tracesPerSecond} successful runs of each workflow in each second (of the injected clock) in full,
 * the rest only counted (in an aggregate per workflow and second). Lock-free: one compare-and-set per run on the workflow's counters.
 */
public final class LogPolicy {
    public static final int DEFAULT_TRACES_PER_SECOND = 10;
    private static final int COUNT_BITS = 20;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

    private final Clock clock;
    private final int tracesPerSecond;
    private final ConcurrentMap<String, Counters> workflows = new ConcurrentHashMap<>();

    public LogPolicy(Clock clock, int tracesPerSecond) {
        if (tracesPerSecond < 0 || tracesPerSecond > COUNT_MASK) {
            throw new IllegalArgumentException("tracesPerSecond must be between 0 and " + COUNT_MASK);
        }
        this.clock = clock;
        this.tracesPerSecond = tracesPerSecond;
    }

    /** What to keep of this run; null when nothing (a successful run of a workflow whose log is off). */
    public Keeping keeping(FinishedExecution run) {
        if (run.alwaysFull()) {
            return Keeping.FULL;
        }
        LogSetting setting = run.log();
        if (setting == null) {
            return counters(run).withinSecond(clock.millis() / 1000, tracesPerSecond)
                    ? Keeping.FULL_UNLESS_BEHIND
                    : Keeping.COUNT;
        }
        return switch (setting.mode()) {
            case ALL -> Keeping.FULL_UNLESS_BEHIND;
            case ERRORS -> Keeping.COUNT;
            case SAMPLE -> counters(run).sampled(setting.rate()) ? Keeping.FULL_UNLESS_BEHIND : Keeping.COUNT;
            case OFF -> null;
        };
    }

    private Counters counters(FinishedExecution run) {
        return workflows.computeIfAbsent(run.workflowId(), id -> new Counters());
    }

    /** Per workflow: full traces taken in the current second, and successful runs seen for rate sampling. */
    private static final class Counters {
        private final AtomicLong window = new AtomicLong(); // second << COUNT_BITS | traces taken in it
        private final AtomicLong seen = new AtomicLong();

        boolean withinSecond(long second, int limit) {
            while (true) {
                long current = window.get();
                long count = (current >>> COUNT_BITS) == second ? current & COUNT_MASK : 0;
                if (count >= limit) {
                    return false;
                }
                if (window.compareAndSet(current, second << COUNT_BITS | (count + 1))) {
                    return true;
                }
            }
        }

        /** Exactly {@code rate} of the runs, spread evenly, the first one included. */
        boolean sampled(double rate) {
            long n = seen.getAndIncrement();
            return Math.ceil((n + 1) * rate) > Math.ceil(n * rate);
        }
    }
}
