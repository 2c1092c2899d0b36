package io.dotportion.server.openapi;

import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.model.WorkflowDocument;

/** One deployed workflow version as the OpenAPI document describes it. */
public record DeployedWorkflow(
        String workflowId, int version, HttpMethod method, RoutePath path, WorkflowDocument document) {}
