package io.dotportion.core.engine;

import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.SecretResolver;

/** One run of a compiled workflow: whose project it runs for, the request and the project's secrets. */
public record ExecutionRequest(String projectId, RequestData request, SecretResolver secrets) {}
