package io.dotportion.server.gateway;

import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.port.Project;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.BoundedBody;
import io.dotportion.server.http.SecurityHeaders;
import io.dotportion.server.metrics.GatewayMetrics;
import io.dotportion.server.secrets.ExecutionSecrets;
import io.dotportion.server.secrets.ProjectSecrets;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The runtime: {@code /api/{owner}/{project}/{path...}}. Applies the project's CORS settings (and answers
 * preflights) and its rate limit, looks the route up in the live table, reads the
 * body within its limit, runs the compiled plan with the project's secrets, answers, and hands the run to
 * the log (secret values and request credentials masked there, off the request path).
 * A HEAD runs the GET route and answers without a body. A project's old slug (after a rename, until its
 * redirect ends) answers 308 to the same path under the current slug ({@link SlugRedirectAnswer}); a preflight
 * there is answered as on the current slug, since browsers do not follow a redirected preflight. Every answer,
 * refusals included, carries the runtime's sandbox policy ({@link SecurityHeaders}).
 */
public final class Gateway implements Handler {
    private final Routes routes;
    private final ProjectSecrets secrets;
    private final ExecutionLog log;
    private final ExecutionIds ids;
    private final Limits limits;
    private final Clock clock;
    private final ProjectPolicies policies;
    private final RateLimiter limiter;
    private final ClientAddress clients;
    private final GatewaySettings settings;
    private final GatewayMetrics metrics;

    public Gateway(
            Routes routes,
            ProjectSecrets secrets,
            ExecutionLog log,
            ExecutionIds ids,
            Limits limits,
            Clock clock,
            ProjectPolicies policies,
            RateLimiter limiter,
            GatewaySettings settings,
            GatewayMetrics metrics) {
        this.routes = routes;
        this.metrics = metrics;
        this.policies = policies;
        this.limiter = limiter;
        this.clients = new ClientAddress(settings.trustedProxies());
        this.settings = settings;
        this.secrets = secrets;
        this.log = log;
        this.ids = ids;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public void handle(ServerRequest req, ServerResponse res) {
        SecurityHeaders.runtime(res);
        try {
            serve(req, res);
        } catch (ApiException e) {
            GatewayAnswer.error(res, e, Method.HEAD.equals(req.prologue().method()));
        }
    }

    private void serve(ServerRequest req, ServerResponse res) {
        String methodName = req.prologue().method().text();
        ApiPath path = ApiPath.parse(req.path().rawPath()).orElseThrow(Gateway::notFound);
        RouteTable table = routes.current();
        Optional<ProjectRoutes> found = table.find(path.key());
        ProjectRoutes project = found.or(() -> table.redirectTarget(path.key(), clock.instant()))
                .orElseThrow(Gateway::notFound);
        ProjectPolicies.Policy policy = policies.of(project.projectId());
        Cors cors = Cors.of(policy.cors(), req);
        cors.decorate(res);
        if ("OPTIONS".equals(methodName)) {
            preflight(res, project, path, cors);
            return;
        }
        if (found.isEmpty()) {
            SlugRedirectAnswer.send(req, res, project.key());
            return;
        }
        if (limited(req, res, project, policy)) {
            return;
        }
        boolean head = "HEAD".equals(methodName);
        HttpMethod method = head ? HttpMethod.GET : HttpMethod.parse(methodName).orElseThrow(Gateway::notFound);
        ProjectRoutes.Match match = project.find(method, path.segments());
        if (match == null) {
            throw notFound();
        }
        Route route = match.route();
        metrics.matched(project.projectId(), route.path().text()); // timed under its template, not the raw path
        byte[] bytes = BoundedBody.read(req, limits.maxBodyBytes());
        Object body = RequestBodies.parse(
                req.headers().first(HeaderNames.CONTENT_TYPE).orElse(null), bytes, settings.maxFormParts());
        String workflowPath = path.workflowPath();
        RequestData request = IncomingRequests.of(req, method.name(), workflowPath, match.params(), body);
        String executionId = ids.next();
        Instant startedAt = clock.instant();
        ExecutionSecrets run = secrets.forExecution(project.projectId(), request, route.plan()::masking);
        ExecutionResult result =
                route.plan().execute(new ExecutionRequest(project.projectId(), request, run.resolver()));
        GatewayAnswer.write(res, result, executionId, head);
        log.submit(new FinishedExecution(
                executionId,
                project.projectId(),
                route.workflowId(),
                route.version(),
                FinishedExecution.DEPLOYED,
                method.name(),
                workflowPath,
                startedAt,
                result,
                run.traces(),
                route.log()));
    }

    /** Answers for a path some deployed route serves (for any method); 404 otherwise. */
    private void preflight(ServerResponse res, ProjectRoutes project, ApiPath path, Cors cors) {
        Set<HttpMethod> methods = project.methodsAt(path.segments());
        if (methods.isEmpty()) {
            throw notFound();
        }
        cors.preflight(res, settings.corsMaxAge());
        res.header(
                HeaderNames.ALLOW,
                Stream.concat(methods.stream().map(Enum::name), Stream.of("OPTIONS"))
                        .collect(Collectors.joining(", ")));
        res.status(204).send();
    }

    /** Counts the request when the project has a limit, adds the headers, and answers 429 when over it. */
    private boolean limited(
            ServerRequest req, ServerResponse res, ProjectRoutes project, ProjectPolicies.Policy policy) {
        Project.RateLimit limit = policy.rateLimit();
        if (!limit.enabled()) {
            return false;
        }
        Optional<RateLimiter.Decision> decision = limiter.check(project.projectId(), limit, clients.of(req));
        if (decision.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        RateLimitAnswer.headers(res, limit, decision.get(), now);
        if (decision.get().limited()) {
            RateLimitAnswer.refuse(
                    res,
                    limit,
                    decision.get(),
                    now,
                    "HEAD".equals(req.prologue().method().text()));
            return true;
        }
        return false;
    }

    private static ApiException notFound() {
        return new ApiException(ApiError.NOT_FOUND, "no deployed workflow serves this path");
    }
}
