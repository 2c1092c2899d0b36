package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.port.ExecutionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes execution logs off the request path. {@link #submit} never blocks: it puts the execution in
 * a bounded queue, or drops it (counted, with a rate-limited warning) when the queue is full. One
 * virtual thread takes whatever is waiting, up to a batch, builds the records and inserts them in one
 * call; under load batches grow by themselves while the previous insert runs. A run the log only counts
 * ({@link Keeping#COUNT}, {@link #count}) is not queued: it adds to its key's tally ({@link RunTallies}), and the
 * thread writes one aggregate record per key every {@link ExecutionLogSettings#aggregateWindow()}, with the
 * batch at hand. When the queue passes its high-water mark, a run asked for in full only while the writer keeps
 * up ({@link Keeping#FULL_UNLESS_BEHIND}) is kept in full only when sampled ({@link LoadSampler}) and counted
 * otherwise ({@link #sampledOutCount()}), so logging cannot cost more than serving.
 */
public final class ExecutionLogWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionLogWriter.class);

    private final ExecutionStore store;
    private final ExecutionLogSettings settings;
    private final BlockingQueue<PendingExecution> queue;
    private final WarningGate dropWarnings;
    private final WarningGate failureWarnings;
    private final WarningGate samplingWarnings;
    private final LoadSampler sampler;
    private final RunTallies tallies = new RunTallies();
    private final AtomicLong drainsAsked = new AtomicLong();
    private final AtomicLong aggregated = new AtomicLong();
    private volatile long drainsDone;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong sampledOut = new AtomicLong();
    private final ReentrantLock progressLock = new ReentrantLock();
    private final Condition progress = progressLock.newCondition();
    private final Thread thread;
    private volatile boolean closing;

    private ExecutionLogWriter(ExecutionStore store, ExecutionLogSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        this.dropWarnings = new WarningGate(clock, settings.warningInterval());
        this.failureWarnings = new WarningGate(clock, settings.warningInterval());
        this.samplingWarnings = new WarningGate(clock, settings.warningInterval());
        this.sampler = new LoadSampler(settings);
        this.thread = Thread.ofVirtual().name("execution-log-writer").unstarted(this::run);
    }

    /** Creates the writer and starts its thread. */
    public static ExecutionLogWriter start(ExecutionStore store, ExecutionLogSettings settings, Clock clock) {
        ExecutionLogWriter writer = new ExecutionLogWriter(store, settings, clock);
        writer.thread.start();
        return writer;
    }

    /** Queues the execution in full; false (and counted as dropped) when the queue is full or the writer closed. */
    public boolean submit(PendingExecution pending) {
        return submit(pending, Keeping.FULL);
    }

    /**
     * Logs a run as asked; while the queue is past its high-water mark a {@link Keeping#FULL_UNLESS_BEHIND} run
     * is kept in full only when sampled, else only counted ({@link #sampledOutCount()}). False (and counted as
     * dropped) when the queue is full or the writer closed.
     */
    public boolean submit(PendingExecution pending, Keeping keeping) {
        return switch (keeping) {
            case FULL -> enqueue(pending);
            case COUNT -> count(pending.key(), pending.durationMs(), pending.startedAtMillis());
            case FULL_UNLESS_BEHIND ->
                sampled() ? enqueue(pending) : count(pending.key(), pending.durationMs(), pending.startedAtMillis());
        };
    }

    /**
     * Counts a successful run without a record of its own: it is written as part of its key's aggregate (within
     * an aggregation window). False (and counted as dropped) when the writer is closing.
     */
    public boolean count(RunKey key, double durationMs, long startedAtMillis) {
        if (closing) {
            dropped.incrementAndGet();
            return false;
        }
        tallies.add(key, durationMs, startedAtMillis);
        return true;
    }

    private boolean sampled() {
        if (closing) {
            return true;
        }
        int waiting = queue.size();
        if (sampler.keep(waiting)) {
            return true;
        }
        long total = sampledOut.incrementAndGet();
        if (samplingWarnings.tryPass()) {
            LOG.warn(
                    "execution log is behind ({} of {} waiting): keeping failed runs and 1 in {} successful ones in"
                            + " full; {} successful runs only counted so far",
                    waiting,
                    settings.capacity(),
                    sampler.sampleEvery(waiting),
                    total);
        }
        return false;
    }

    private boolean enqueue(PendingExecution pending) {
        accepted.incrementAndGet(); // counted before it is queued, so flush() can never overtake it
        if (!closing && queue.offer(pending)) {
            return true;
        }
        accepted.decrementAndGet();
        long total = dropped.incrementAndGet();
        if (!closing && dropWarnings.tryPass()) {
            LOG.warn(
                    "execution log queue is full ({} waiting): dropped {} execution logs so far",
                    settings.capacity(),
                    total);
        }
        return false;
    }

    /** Queues a record as it is. */
    public boolean submit(ExecutionRecord record) {
        return enqueue(new Recorded(record));
    }

    /** Queued by {@link #flush} to wake the writer for the tallies; not a run. */
    private static final PendingExecution DRAIN = new Recorded(null);

    /** A record made before it was submitted. */
    private record Recorded(ExecutionRecord record) implements PendingExecution {
        @Override
        public ExecutionRecord toRecord() {
            return record;
        }

        @Override
        public RunKey key() {
            return RunKey.of(
                    record.projectId(),
                    record.workflowId(),
                    record.version(),
                    record.kind(),
                    record.httpStatus(),
                    record.method(),
                    startedAtMillis());
        }

        @Override
        public double durationMs() {
            return record.durationMs();
        }

        @Override
        public long startedAtMillis() {
            return record.startedAt().toEpochMilli();
        }
    }

    /** Runs waiting in the queue now. */
    public int queued() {
        return queue.size();
    }

    /** Executions not logged because the queue was full or the writer closed. */
    public long droppedCount() {
        return dropped.get();
    }

    /** Runs asked for in full but only counted because the queue was past its high-water mark. */
    public long sampledOutCount() {
        return sampledOut.get();
    }

    /** Runs written as part of an aggregate so far (each counted once, when its aggregate was written). */
    public long aggregatedCount() {
        return aggregated.get();
    }

    /** Executions lost because building the record or writing it failed. */
    public long failedCount() {
        return failed.get();
    }

    /**
     * Waits until everything submitted or counted before this call is written (or failed), the runs only counted
     * as aggregates without waiting for the window to end; false on timeout.
     */
    public boolean flush(Duration timeout) throws InterruptedException {
        long drain = drainsAsked.incrementAndGet();
        accepted.incrementAndGet(); // the wake-up below is handled like a run, so count it first
        if (closing || !queue.offer(DRAIN)) {
            accepted.decrementAndGet(); // queue full: the writer is busy and looks at the tallies after its batch
        }
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        progressLock.lock();
        try {
            // a submit that lost its race for the last slot lowers `accepted` again without signalling: look again at
            // each idle poll
            while (handled.get() < Math.min(target, accepted.get()) || drainsDone < drain) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                progress.awaitNanos(Math.min(remaining, settings.idlePoll().toNanos()));
            }
            return true;
        } finally {
            progressLock.unlock();
        }
    }

    /** Stops taking executions, writes what is waiting (up to the close timeout) and stops the thread. */
    @Override
    public void close() {
        closing = true;
        try {
            if (!thread.join(settings.closeTimeout())) {
                LOG.warn(
                        "execution log writer did not drain within {}: {} execution logs not written",
                        settings.closeTimeout(),
                        queue.size());
                thread.interrupt();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<PendingExecution> batch = new ArrayList<>(settings.maxBatchSize());
        long window = settings.aggregateWindow().toNanos();
        long nextDrain = System.nanoTime() + window;
        while (!closing || !queue.isEmpty()) {
            try {
                long untilDrain = Math.max(0, nextDrain - System.nanoTime());
                long wait = Math.min(settings.idlePoll().toNanos(), untilDrain);
                PendingExecution first = queue.poll(wait, TimeUnit.NANOSECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, settings.maxBatchSize() - 1);
                }
                long asked = drainsAsked.get();
                boolean drain = asked > drainsDone || System.nanoTime() >= nextDrain;
                write(batch, drain ? tallies.drain() : List.of());
                if (drain) {
                    nextDrain = System.nanoTime() + window;
                    drainsDone = asked;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                markHandled(batch.size());
                batch.clear();
            }
        }
        write(List.of(), tallies.drain()); // closing: what was counted until now
        drainsDone = Long.MAX_VALUE;
        markHandled(0);
    }

    private void write(List<PendingExecution> batch, List<ExecutionRecord> aggregates) {
        if (batch.isEmpty() && aggregates.isEmpty()) {
            return;
        }
        List<ExecutionRecord> records = new ArrayList<>(batch.size() + aggregates.size());
        for (PendingExecution pending : batch) {
            if (pending == DRAIN) {
                continue;
            }
            try {
                records.add(pending.toRecord());
            } catch (RuntimeException e) {
                fail(1, "building an execution log failed", e);
            }
        }
        long counted = 0;
        for (ExecutionRecord aggregate : aggregates) {
            counted += aggregate.runs();
        }
        records.addAll(aggregates);
        if (records.isEmpty()) {
            return;
        }
        try {
            store.insertAll(records);
            aggregated.addAndGet(counted);
        } catch (RuntimeException e) {
            fail(records.size() - aggregates.size() + counted, "writing execution logs failed", e);
        }
    }

    private void fail(long count, String what, RuntimeException e) {
        long total = failed.addAndGet(count);
        if (failureWarnings.tryPass()) {
            LOG.warn(
                    "{} ({}); {} execution logs lost so far", what, e.getClass().getSimpleName(), total);
        }
        LOG.debug(what, e);
    }

    private void markHandled(int count) {
        handled.addAndGet(count);
        progressLock.lock();
        try {
            progress.signalAll();
        } finally {
            progressLock.unlock();
        }
    }
}
