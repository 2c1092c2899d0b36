package io.dotportion.server.gateway;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.LogSetting;
import io.dotportion.core.model.RoutePath;

/** One deployed workflow version serving one method and path template; {@code log} null is the default setting. */
public record Route(
        String workflowId,
        String workflowName,
        int version,
        HttpMethod method,
        RoutePath path,
        CompiledWorkflow plan,
        LogSetting log) {

    public Route(
            String workflowId,
            String workflowName,
            int version,
            HttpMethod method,
            RoutePath path,
            CompiledWorkflow plan) {
        this(workflowId, workflowName, version, method, path, plan, null);
    }
}
