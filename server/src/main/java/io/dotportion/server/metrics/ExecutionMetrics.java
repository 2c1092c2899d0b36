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

    private final LongAdder deployedOk;
    private final LongAdder deployedError;
    private final LongAdder testOk;
    private final LongAdder testError;

    public ExecutionMetrics(int maxWorkflows) {
        if (maxWorkflows < 1) {
            throw new IllegalArgumentException("maxWorkflows must be positive");
        }
        this.maxWorkflows = maxWorkflows;
        this.deployedOk = new LongAdder();
        this.deployedError = new LongAdder();
        this.testOk = new LongAdder();
        this.testError = new LongAdder();
    }

    public void record(FinishedExecution execution) {
        boolean failed = execution.result().failed();
        counter(execution.kind(), failed).increment();
        if (FinishedExecution.DEPLOYED.equals(execution.kind()) && execution.workflowId() != null) {
            histogram(execution.workflowId()).observe(execution.result().durationNanos());
        }
    }

    /** The two kinds of run have their counters made once; the key is only built for another kind. */
    private LongAdder counter(String kind, boolean failed) {
        if (FinishedExecution.DEPLOYED.equals(kind)) {
            return failed ? deployedError : deployedOk;
        }
        if (FinishedExecution.TEST.equals(kind)) {
            return failed ? testError : testOk;
        }
        return executions.computeIfAbsent(kind + " " + (failed ? "error" : "ok"), k -> new LongAdder());
    }

    private Histogram histogram(String workflowId) {
        Histogram existing = byWorkflow.get(workflowId);
        if (existing != null) {
            return existing;
        }
        String label = byWorkflow.size() < maxWorkflows ? workflowId : OTHER;
        return byWorkflow.computeIfAbsent(label, k -> new Histogram());
    }

    /** A series appears once it counted a run, as the ones made on demand do. */
    private static void shown(Map<String, LongAdder> series, String key, LongAdder counter) {
        if (counter.sum() > 0) {
            series.put(key, counter);
        }
    }

    void write(PrometheusText out) {
        out.family("dotportion_executions_total", "counter", "Workflow executions by kind and status.");
        Map<String, LongAdder> series = new TreeMap<>(executions);
        shown(series, "deployed ok", deployedOk);
        shown(series, "deployed error", deployedError);
        shown(series, "test ok", testOk);
        shown(series, "test error", testError);
        series.forEach((key, n) -> {
            String[] parts = key.split(" ");
            out.sample(
                    "dotportion_executions_total",
                    PrometheusText.labels("kind", parts[0], "status", parts[1]),
                    n.sum());
        });
        out.family(
                "dotportion_workflow_duration_seconds",
                "histogram",
                "Execution time of deployed workflows, by workflow id.");
        new TreeMap<>(byWorkflow)
                .forEach((workflow, h) -> h.write(
                        out, "dotportion_workflow_duration_seconds", PrometheusText.labels("workflow", workflow)));
    }
}
