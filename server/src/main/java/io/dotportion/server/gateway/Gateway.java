package io.dotportion.server.gateway;

import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.Limits;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.node.RequestData;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.BoundedBody;
import io.dotportion.server.http.ErrorHandlers;
import io.dotportion.server.secrets.ExecutionSecrets;
import io.dotportion.server.secrets.ProjectSecrets;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;

/**
 * The runtime: {@code /api/{owner}/{project}/{path...}}. Looks the route up in the live table, reads the
 * body within its limit, runs the compiled plan with the project's secrets, answers (secret values masked),
 * and hands the run to the log (secret values and request credentials masked there, off the request path).
 */
public final class Gateway implements Handler {
    private final Routes routes;
    private final ProjectSecrets secrets;
    private final ExecutionLog log;
    private final ExecutionIds ids;
    private final Limits limits;
    private final Clock clock;

    public Gateway(Routes routes, ProjectSecrets secrets, ExecutionLog log, ExecutionIds ids, Limits limits,
                   Clock clock) {
        this.routes = routes;
        this.secrets = secrets;
        this.log = log;
        this.ids = ids;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        try {
            serve(req, res);
        } catch (ApiException e) {
            ErrorHandlers.answer(res, e);
        }
    }

    private void serve(ServerRequest req, ServerResponse res) {
        String methodName = req.prologue().method().text();
        ApiPath path = ApiPath.parse(req.path().rawPath()).orElseThrow(Gateway::notFound);
        ProjectRoutes project = routes.current().find(path.key()).orElseThrow(Gateway::notFound);
        if ("OPTIONS".equals(methodName)) {
            res.status(204).send();
            return;
        }
        HttpMethod method = HttpMethod.parse(methodName).orElseThrow(Gateway::notFound);
        ProjectRoutes.Match match = project.match(method, path.segments()).orElseThrow(Gateway::notFound);
        byte[] bytes = BoundedBody.read(req, limits.maxBodyBytes());
        Object body = RequestBodies.parse(req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null), bytes);
        RequestData request = IncomingRequests.of(req, method.name(), path.workflowPath(), match.params(), body);
        String executionId = ids.next();
        Instant startedAt = clock.instant();
        Route route = match.route();
        ExecutionSecrets run = secrets.forExecution(project.projectId(), request);
        ExecutionResult result = route.plan().execute(
                new ExecutionRequest(project.projectId(), request, run.resolver()));
        GatewayAnswer.write(res, result, run, executionId);
        log.submit(new FinishedExecution(executionId, project.projectId(), route.workflowId(), route.version(),
                "deployed", method.name(), path.workflowPath(), startedAt, result, run.traces()));
    }

    private static ApiException notFound() {
        return new ApiException(ApiError.NOT_FOUND, "no deployed workflow serves this path");
    }
}
