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
 * call; under load batches grow by themselves while the previous insert runs. When the queue passes its
 * high-water mark, a run asked for in full only while the writer keeps up ({@link Keeping#FULL_UNLESS_BEHIND})
 * is kept in full only when sampled ({@link LoadSampler}) and as a summary otherwise, counted in
 * {@link #sampledOutCount()}, so logging cannot cost more than serving.
 */
public final class ExecutionLogWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutionLogWriter.class);

    private final ExecutionStore store;
    private final ExecutionLogSettings settings;
    private final BlockingQueue<Queued> queue;
    private final WarningGate dropWarnings;
    private final WarningGate failureWarnings;
    private final WarningGate samplingWarnings;
    private final LoadSampler sampler;
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

    private record Queued(PendingExecution pending, ExecutionRecord.Kept kept) {}

    /** Queues the execution in full; false (and counted as dropped) when the queue is full or the writer closed. */
    public boolean submit(PendingExecution pending) {
        return submit(pending, Keeping.FULL);
    }

    /**
     * Queues a run to be kept as asked; while the queue is past its high-water mark a
     * {@link Keeping#FULL_UNLESS_BEHIND} run is kept in full only when sampled, else as a summary (counted in
     * {@link #sampledOutCount()}). False (and counted as dropped) when the queue is full or the writer closed.
     */
    public boolean submit(PendingExecution pending, Keeping keeping) {
        ExecutionRecord.Kept kept = switch (keeping) {
            case FULL -> ExecutionRecord.Kept.FULL;
            case SUMMARY -> ExecutionRecord.Kept.SUMMARY;
            case FULL_UNLESS_BEHIND -> sampled() ? ExecutionRecord.Kept.FULL : ExecutionRecord.Kept.SUMMARY;
        };
        return enqueue(new Queued(pending, kept));
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
                            + " full; {} successful runs kept as summaries so far",
                    waiting,
                    settings.capacity(),
                    sampler.sampleEvery(waiting),
                    total);
        }
        return false;
    }

    private boolean enqueue(Queued queued) {
        accepted.incrementAndGet(); // counted before it is queued, so flush() can never overtake it
        if (!closing && queue.offer(queued)) {
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

    /** Queues a record as it is (full or summary). */
    public boolean submit(ExecutionRecord record) {
        return enqueue(new Queued(kept -> record, record.kept()));
    }

    /** Runs waiting in the queue now. */
    public int queued() {
        return queue.size();
    }

    /** Executions not logged because the queue was full or the writer closed. */
    public long droppedCount() {
        return dropped.get();
    }

    /** Runs asked for in full but kept as summaries because the queue was past its high-water mark. */
    public long sampledOutCount() {
        return sampledOut.get();
    }

    /** Executions lost because building the record or writing it failed. */
    public long failedCount() {
        return failed.get();
    }

    /** Waits until everything submitted before this call is written (or failed); false on timeout. */
    public boolean flush(Duration timeout) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        progressLock.lock();
        try {
            // a submit that lost its race for the last slot lowers `accepted` again without signalling: look again at
            // each idle poll
            while (handled.get() < Math.min(target, accepted.get())) {
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
        List<Queued> batch = new ArrayList<>(settings.maxBatchSize());
        while (!closing || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(settings.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, settings.maxBatchSize() - 1);
                write(batch);
            } catch (InterruptedException e) {
                return;
            } finally {
                markHandled(batch.size());
                batch.clear();
            }
        }
    }

    private void write(List<Queued> batch) {
        List<ExecutionRecord> records = new ArrayList<>(batch.size());
        for (Queued queued : batch) {
            try {
                records.add(queued.pending().toRecord(queued.kept()));
            } catch (RuntimeException e) {
                fail(1, "building an execution log failed", e);
            }
        }
        try {
            store.insertAll(records);
        } catch (RuntimeException e) {
            fail(records.size(), "writing execution logs failed", e);
        }
    }

    private void fail(int count, String what, RuntimeException e) {
        long total = failed.addAndGet(count);
        if (failureWarnings.tryPass()) {
            LOG.warn(
                    "{} ({}); {} execution logs lost so far", what, e.getClass().getSimpleName(), total);
        }
        LOG.debug(what, e);
    }

    private void markHandled(int count) {
        if (count == 0) {
            return;
        }
        handled.addAndGet(count);
        progressLock.lock();
        try {
            progress.signalAll();
        } finally {
            progressLock.unlock();
        }
    }
}
