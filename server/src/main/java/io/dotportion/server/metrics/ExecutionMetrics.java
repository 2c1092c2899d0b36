package io.dotportion.server.metrics;

import io.dotportion.server.execution.FinishedExecution;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Executions by kind (deployed, test) and status (ok, error); per deployed workflow, a duration histogram
 * and executions by status. The meters of the two kinds are made once, a workflow's on its first run and
 * found by one map read after. The workflow label is bounded: past {@code maxWorkflows} distinct workflows,
 * further ones share the series {@code workflow="other"}.
 */
public final class ExecutionMetrics {
    static final String OTHER = "other";
    private final MeterRegistry registry;
    private final int maxWorkflows;
    private final Map<String, Counter> otherKinds = new ConcurrentHashMap<>();
    private final Map<String, WorkflowMeters> byWorkflow = new ConcurrentHashMap<>();
    private final Counter deployedOk;
    private final Counter deployedError;
    private final Counter testOk;
    private final Counter testError;

    private record WorkflowMeters(Timer duration, Counter ok, Counter error) {}

    ExecutionMetrics(MeterRegistry registry, int maxWorkflows) {
        if (maxWorkflows < 1) {
            throw new IllegalArgumentException("maxWorkflows must be positive");
        }
        this.registry = registry;
        this.maxWorkflows = maxWorkflows;
        this.deployedOk = executions(FinishedExecution.DEPLOYED, false);
        this.deployedError = executions(FinishedExecution.DEPLOYED, true);
        this.testOk = executions(FinishedExecution.TEST, false);
        this.testError = executions(FinishedExecution.TEST, true);
    }

    public void record(FinishedExecution execution) {
        boolean failed = execution.result().failed();
        counter(execution.kind(), failed).increment();
        if (FinishedExecution.DEPLOYED.equals(execution.kind()) && execution.workflowId() != null) {
            WorkflowMeters meters = workflow(execution.workflowId());
            meters.duration.record(execution.result().durationNanos(), TimeUnit.NANOSECONDS);
            (failed ? meters.error : meters.ok).increment();
        }
    }

    private Counter counter(String kind, boolean failed) {
        if (FinishedExecution.DEPLOYED.equals(kind)) {
            return failed ? deployedError : deployedOk;
        }
        if (FinishedExecution.TEST.equals(kind)) {
            return failed ? testError : testOk;
        }
        return otherKinds.computeIfAbsent(kind + (failed ? " error" : " ok"), k -> executions(kind, failed));
    }

    private WorkflowMeters workflow(String workflowId) {
        WorkflowMeters existing = byWorkflow.get(workflowId);
        if (existing != null) {
            return existing;
        }
        String label = byWorkflow.size() < maxWorkflows ? workflowId : OTHER;
        return byWorkflow.computeIfAbsent(label, this::workflowMeters);
    }

    private WorkflowMeters workflowMeters(String workflow) {
        Timer duration = Timer.builder("dotportion.workflow.duration")
                .description("Execution time of deployed workflows, by workflow id.")
                .tag("workflow", workflow)
                .serviceLevelObjectives(HttpTimers.BUCKETS)
                .register(registry);
        return new WorkflowMeters(duration, byStatus(workflow, "ok"), byStatus(workflow, "error"));
    }

    private Counter byStatus(String workflow, String status) {
        return Counter.builder("dotportion.workflow.executions")
                .description("Executions of deployed workflows, by workflow id and status.")
                .tag("workflow", workflow)
                .tag("status", status)
                .register(registry);
    }

    private Counter executions(String kind, boolean failed) {
        return Counter.builder("dotportion.executions")
                .description("Workflow executions by kind and status.")
                .tag("kind", kind)
                .tag("status", failed ? "error" : "ok")
                .register(registry);
    }
}
