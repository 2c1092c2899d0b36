package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;

/**
 * An execution waiting to be logged. {@link #toRecord()} runs on the log writer's thread, so the work
 * of building the record (redacting and capping the trace) stays off the request path.
 */
@FunctionalInterface
public interface PendingExecution {

    ExecutionRecord toRecord();
}
