package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;

/**
 * An execution waiting to be logged. {@link #toRecord} runs on the log writer's thread, so the work of
 * building the record (redacting and capping the trace, for a full one) stays off the request path.
 */
@FunctionalInterface
public interface PendingExecution {

    /** The record to store: with its trace when {@code kept} is full, without when it is a summary. */
    ExecutionRecord toRecord(ExecutionRecord.Kept kept);
}
