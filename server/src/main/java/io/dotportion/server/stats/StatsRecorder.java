package io.dotportion.server.stats;

import io.dotportion.core.port.StatsCounts;
import io.dotportion.core.port.StatsGranularity;
import io.dotportion.core.port.StatsStore;
import io.dotportion.server.execution.FinishedExecution;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aggregates finished runs of deployed workflows in memory per (workflow, hour) and writes them to the
 * store every {@link StatsSettings#flushInterval()} from its own thread. Recording is a map read and a few
 * array increments under the aggregate's lock, and never touches storage. A flush takes each aggregate out
 * atomically (a run recorded at the same moment lands in a fresh aggregate), so no count is lost or written
 * twice; a failed write puts the counts back for the next flush.
 */
public final class StatsRecorder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatsRecorder.class);
    private static final String DEPLOYED = "deployed";

    private record Key(String projectId, String workflowId, Instant hour) {}

    private final StatsStore store;
    private final StatsSettings settings;
    private final ConcurrentHashMap<Key, Aggregate> pending = new ConcurrentHashMap<>();
    private final ReentrantLock flushing = new ReentrantLock();
    private final AtomicLong dropped = new AtomicLong();
    private final ScheduledExecutorService timer;

    public StatsRecorder(StatsStore store, StatsSettings settings) {
        this.store = store;
        this.settings = settings;
        this.timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("dotportion-stats-flush").daemon(true).factory());
    }

    /** Starts the periodic flush. */
    public StatsRecorder start() {
        long every = settings.flushInterval().toMillis();
        timer.scheduleWithFixedDelay(this::flushQuietly, every, every, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Counts a finished run of a deployed version; test runs are not counted. */
    public void record(FinishedExecution execution) {
        if (!DEPLOYED.equals(execution.kind()) || execution.workflowId() == null) {
            return;
        }
        var result = execution.result();
        record(
                execution.projectId(),
                execution.workflowId(),
                execution.startedAt(),
                result.status(),
                result.failed(),
                result.durationNanos());
    }

    public void record(String projectId, String workflowId, Instant at, int status, boolean error, long nanos) {
        Key key = new Key(projectId, workflowId, StatsGranularity.HOUR.start(at));
        while (true) {
            Aggregate current = pending.get(key);
            if (current == null) {
                if (pending.size() >= settings.maxPending()) {
                    dropped.incrementAndGet();
                    return;
                }
                Aggregate fresh = new Aggregate();
                current = pending.putIfAbsent(key, fresh);
                if (current == null) {
                    current = fresh;
                }
            }
            if (current.add(status, error, nanos)) {
                return;
            }
            pending.remove(key, current); // taken by a flush: count in a fresh one
        }
    }

    /** Writes every pending aggregate now; when it returns, every run recorded before the call is stored. */
    public void flush() {
        flushing.lock();
        try {
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.warn(
                        "stats: {} runs were not counted: {} aggregates were waiting for the store",
                        lost,
                        settings.maxPending());
            }
            for (Key key : List.copyOf(pending.keySet())) {
                StatsCounts[] taken = new StatsCounts[1];
                pending.computeIfPresent(key, (k, aggregate) -> {
                    taken[0] = aggregate.take();
                    return null;
                });
                if (taken[0] != null) {
                    write(key, taken[0]);
                }
            }
        } finally {
            flushing.unlock();
        }
    }

    private void write(Key key, StatsCounts counts) {
        try {
            store.add(key.projectId(), key.workflowId(), key.hour(), counts);
        } catch (RuntimeException e) {
            pending.compute(key, (k, aggregate) -> {
                Aggregate a = aggregate == null ? new Aggregate() : aggregate;
                a.add(counts);
                return a;
            });
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("stats flush failed, retrying at the next one: {}", e.toString());
        }
    }

    /** Stops the timer and writes what is pending. */
    @Override
    public void close() {
        timer.shutdownNow();
        flushQuietly();
    }
}
