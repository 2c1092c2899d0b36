package io.dotportion.server.gateway;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;

/** One deployed workflow version serving one method and path template. */
public record Route(String workflowId, String workflowName, int version, HttpMethod method, RoutePath path,
                    CompiledWorkflow plan) {
}
