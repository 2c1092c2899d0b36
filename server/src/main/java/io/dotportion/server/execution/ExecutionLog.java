package io.dotportion.server.execution;

/** Records finished runs off the request path. {@link #submit} never blocks on storage. */
public interface ExecutionLog extends AutoCloseable {

    void submit(FinishedExecution execution);

    /** Writes what is pending and stops. */
    @Override
    void close();
}
