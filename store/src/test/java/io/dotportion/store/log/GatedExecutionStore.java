package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.port.ExecutionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps the real store: records each batch size, can hold the first insert until the test opens the
 * gate, and can fail a number of inserts.
 */
final class GatedExecutionStore implements ExecutionStore {
    private final ExecutionStore delegate;
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstInsertEntered = new CountDownLatch(1);
    private final CountDownLatch gate;
    private final AtomicInteger failuresLeft;

    GatedExecutionStore(ExecutionStore delegate, boolean closedGate, int failures) {
        this.delegate = delegate;
        this.gate = new CountDownLatch(closedGate ? 1 : 0);
        this.failuresLeft = new AtomicInteger(failures);
    }

    List<Integer> batchSizes() {
        return batchSizes;
    }

    void awaitFirstInsert() throws InterruptedException {
        if (!firstInsertEntered.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the writer never started an insert");
        }
    }

    void open() {
        gate.countDown();
    }

    @Override
    public void insertAll(List<ExecutionRecord> records) {
        batchSizes.add(records.size());
        firstInsertEntered.countDown();
        try {
            if (!gate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate never opened");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("store unavailable");
        }
        delegate.insertAll(records);
    }

    @Override
    public List<ExecutionRecord> list(String projectId, String workflowId, String status, int limit) {
        return delegate.list(projectId, workflowId, status, limit);
    }

    @Override
    public Optional<ExecutionRecord> byId(String projectId, String id) {
        return delegate.byId(projectId, id);
    }

    @Override
    public long deleteStartedBefore(Instant cutoff) {
        return delegate.deleteStartedBefore(cutoff);
    }

    @Override
    public long deleteProject(String projectId) {
        return delegate.deleteProject(projectId);
    }
}
