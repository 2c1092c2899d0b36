package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;

/**
 * An execution waiting to be logged. {@link #toRecord} runs on the log writer's thread, so the work of
 * building the record (redacting and capping the trace) stays off the request path; the rest is read when the
 * run is submitted, in case the writer only counts it.
 */
public interface PendingExecution {

    /** The record to store, kept in full with its trace. */
    ExecutionRecord toRecord();

    /** What an aggregate counts the run under. */
    RunKey key();

    /** The run's duration in milliseconds. */
    double durationMs();

    /** When the run started, in epoch milliseconds. */
    long startedAtMillis();
}
