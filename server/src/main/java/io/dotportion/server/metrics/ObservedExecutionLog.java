package io.dotportion.server.metrics;

import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.FinishedExecution;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An execution log that first shows every finished run to observers (stats, metrics: in-memory counting,
 * never blocking), then hands it to the real log. An observer that fails is logged and skipped.
 */
public final class ObservedExecutionLog implements ExecutionLog {
    private static final Logger LOG = LoggerFactory.getLogger(ObservedExecutionLog.class);
    private final ExecutionLog delegate;
    private final List<Consumer<FinishedExecution>> observers;

    public ObservedExecutionLog(ExecutionLog delegate, List<Consumer<FinishedExecution>> observers) {
        this.delegate = delegate;
        this.observers = List.copyOf(observers);
    }

    @Override
    public void submit(FinishedExecution execution) {
        for (Consumer<FinishedExecution> observer : observers) {
            try {
                observer.accept(execution);
            } catch (RuntimeException e) {
                LOG.warn("an execution observer failed: {}", e.toString());
            }
        }
        delegate.submit(execution);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
