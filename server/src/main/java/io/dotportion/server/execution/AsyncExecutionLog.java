package io.dotportion.server.execution;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.port.ExecutionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes finished runs in batches on one background thread: the request path only enqueues. Trace
 * formatting (capping, redaction) happens here. When the queue is full a run is dropped and counted,
 * never waited for. Expired runs are swept once per {@code sweepEvery}.
 */
public final class AsyncExecutionLog implements ExecutionLog {
    private static final Logger LOG = LoggerFactory.getLogger(AsyncExecutionLog.class);
    private static final int BATCH = 256;
    private static final Duration POLL = Duration.ofMillis(100);

    /** Queue capacity, retention and how often expired runs are deleted. */
    public record Settings(int capacity, Duration retention, Duration sweepEvery, Duration closeWait) {
    }

    private final ExecutionStore store;
    private final TraceFormatter traces;
    private final Clock clock;
    private final Settings settings;
    private final BlockingQueue<FinishedExecution> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;
    private Instant nextSweep;

    public AsyncExecutionLog(ExecutionStore store, TraceFormatter traces, Clock clock, Settings settings) {
        this.store = store;
        this.traces = traces;
        this.clock = clock;
        this.settings = settings;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
        this.nextSweep = clock.instant();
        this.writer = Thread.ofPlatform().name("execution-log").daemon().start(this::run);
    }

    @Override
    public void submit(FinishedExecution execution) {
        if (closing || !queue.offer(execution)) {
            long n = dropped.incrementAndGet();
            if (n == 1 || n % 1000 == 0) {
                LOG.warn("execution log is full or closed; {} run(s) not logged", n);
            }
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            writer.join(settings.closeWait().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeBatch();
    }

    private void run() {
        while (!closing || !queue.isEmpty()) {
            try {
                FinishedExecution first = queue.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<FinishedExecution> batch = new ArrayList<>(BATCH);
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch);
                }
                sweepWhenDue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void writeBatch() {
        List<FinishedExecution> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest);
        }
    }

    private void write(List<FinishedExecution> batch) {
        try {
            store.insertAll(batch.stream().map(this::record).toList());
        } catch (RuntimeException e) {
            LOG.warn("could not write {} execution log record(s): {}", batch.size(), e.toString());
        }
    }

    private void sweepWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(settings.sweepEvery());
        try {
            store.deleteStartedBefore(now.minus(settings.retention()));
        } catch (RuntimeException e) {
            LOG.warn("could not delete expired execution logs: {}", e.toString());
        }
    }

    private ExecutionRecord record(FinishedExecution e) {
        ExecutionResult r = e.result();
        return new ExecutionRecord(e.id(), e.projectId(), e.workflowId(), e.version(), e.kind(),
                r.failed() ? "error" : "ok", r.status(), r.failed() ? r.error().code().name() : null, e.method(),
                e.path(), Math.round(r.durationNanos() / 1_000.0) / 1_000.0, e.startedAt(),
                traces.format(r.trace(), e.redactor()));
    }
}
