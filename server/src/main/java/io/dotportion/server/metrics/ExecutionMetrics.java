package io.dotportion.server.metrics;

import io.dotportion.server.execution.FinishedExecution;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Executions by kind (deployed, test) and status (ok, error), and a duration histogram per deployed
 * workflow. The workflow label is bounded: past {@code maxWorkflows} distinct workflows, further ones
 * share the series {@code workflow="other"}.
 */
public final class ExecutionMetrics {
    static final String OTHER = "other";
    private final int maxWorkflows;
    private final Map<String, LongAdder> executions = new ConcurrentHashMap<>();
    private final Map<String, Histogram> byWorkflow = new ConcurrentHashMap<>();

    public ExecutionMetrics(int maxWorkflows) {
        if (maxWorkflows < 1) {
            throw new IllegalArgumentException("maxWorkflows must be positive");
        }
        this.maxWorkflows = maxWorkflows;
    }

    public void record(FinishedExecution execution) {
        boolean failed = execution.result().failed();
        executions.computeIfAbsent(execution.kind() + " " + (failed ? "error" : "ok"), k -> new LongAdder())
                .increment();
        if ("deployed".equals(execution.kind()) && execution.workflowId() != null) {
            histogram(execution.workflowId()).observe(execution.result().durationNanos());
        }
    }

    private Histogram histogram(String workflowId) {
        Histogram existing = byWorkflow.get(workflowId);
        if (existing != null) {
            return existing;
        }
        String label = byWorkflow.size() < maxWorkflows ? workflowId : OTHER;
        return byWorkflow.computeIfAbsent(label, k -> new Histogram());
    }

    void write(PrometheusText out) {
        out.family("dotportion_executions_total", "counter", "Workflow executions by kind and status.");
        new TreeMap<>(executions).forEach((key, n) -> {
            String[] parts = key.split(" ");
            out.sample("dotportion_executions_total", PrometheusText.labels("kind", parts[0], "status", parts[1]),
                    n.sum());
        });
        out.family("dotportion_workflow_duration_seconds", "histogram",
                "Execution time of deployed workflows, by workflow id.");
        new TreeMap<>(byWorkflow).forEach((workflow, h) ->
                h.write(out, "dotportion_workflow_duration_seconds", PrometheusText.labels("workflow", workflow)));
    }
}
