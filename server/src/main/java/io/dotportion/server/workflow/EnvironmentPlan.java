package io.dotportion.server.workflow;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.secrets.vault.ScopedResolver;

/**
 * The plan of a deployed version bound to an environment other than {@code live}: each run resolves that
 * environment's secret values, through the run's own resolver (same redactor), whatever the runtime gave.
 */
final class EnvironmentPlan implements CompiledWorkflow {
    private final CompiledWorkflow plan;
    private final String environment;

    private EnvironmentPlan(CompiledWorkflow plan, String environment) {
        this.plan = plan;
        this.environment = environment;
    }

    /** {@code plan} itself for {@code live}, else the plan that runs with {@code environment}'s values. */
    static CompiledWorkflow bind(CompiledWorkflow plan, String environment) {
        return environment == null || environment.equals(SecretRecord.LIVE)
                ? plan
                : new EnvironmentPlan(plan, environment);
    }

    @Override
    public String method() {
        return plan.method();
    }

    @Override
    public RoutePath path() {
        return plan.path();
    }

    @Override
    public ExecutionResult execute(ExecutionRequest request) {
        if (!(request.secrets() instanceof ScopedResolver scoped)) {
            return plan.execute(request);
        }
        return plan.execute(new ExecutionRequest(request.projectId(), request.request(), scoped.in(environment)));
    }
}
