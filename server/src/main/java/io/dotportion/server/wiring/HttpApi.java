package io.dotportion.server.wiring;

import io.dotportion.server.auth.AuthFilter;
import io.dotportion.server.auth.AuthService;
import io.dotportion.server.auth.TokenService;
import io.dotportion.server.execution.ExecutionService;
import io.dotportion.server.gateway.Gateway;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.ClientErrorLog;
import io.dotportion.server.http.ErrorHandlers;
import io.dotportion.server.http.HeadAnswers;
import io.dotportion.server.http.SecurityHeaders;
import io.dotportion.server.http.StaticUi;
import io.dotportion.server.logging.AccessLog;
import io.dotportion.server.nodetypes.NodeTypeService;
import io.dotportion.server.project.MemberService;
import io.dotportion.server.project.ProjectService;
import io.dotportion.server.secrets.EnvironmentService;
import io.dotportion.server.secrets.SecretService;
import io.dotportion.server.secrets.SecretTestService;
import io.dotportion.server.spec.ManagementSpecService;
import io.dotportion.server.template.TemplateService;
import io.dotportion.server.workflow.DeployService;
import io.dotportion.server.workflow.TestRunService;
import io.dotportion.server.workflow.WorkflowService;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.webserver.http.HttpRouting;
import java.util.ArrayList;
import java.util.List;

/** The route table of the HTTP server: /health, the /v1 management API, the /api gateway and the web UI. */
record HttpApi(
        AuthFilter auth,
        AuthService authService,
        TokenService tokens,
        ProjectService projects,
        MemberService members,
        WorkflowService workflows,
        DeployService deploys,
        TestRunService testRuns,
        ExecutionService executions,
        SecretService secrets,
        EnvironmentService environments,
        SecretTestService secretTests,
        Gateway gateway,
        OpsApi ops,
        ClientErrorLog clientErrors,
        NodeTypeService nodeTypes,
        TemplateService templates) {

    /** The management port's routing (when {@code --management-port} is set): /metrics and nothing else. */
    void configureManagement(HttpRouting.Builder routing) {
        ErrorHandlers.register(routing, clientErrors);
        ops.addManagementRoutes(routing);
        routing.any(ErrorHandlers::notFound);
    }

    /**
     * The services of every /v1 route, in matching order, and last {@code GET /v1/openapi.json}, whose document
     * is built here, once, from the route definitions of the others.
     */
    List<ApiService> managementApi() {
        List<ApiService> services = new ArrayList<>(List.of(
                authService,
                tokens,
                nodeTypes,
                projects,
                members,
                executions,
                secrets,
                environments,
                secretTests,
                workflows,
                templates,
                deploys,
                testRuns));
        services.addAll(ops.v1());
        services.add(new ManagementSpecService(List.copyOf(services)));
        return List.copyOf(services);
    }

    /**
     * The routes in matching order. Helidon tries each route in turn, so the runtime's (the published
     * OpenAPI document, then the gateway's {@code /api/} prefix) come first: a runtime request no longer tests
     * every /v1 path pattern (a regular expression each) before its own. No other route serves a path
     * under {@code /api/}, nor does the gateway serve one outside it, so every request still reaches the route
     * it reached before.
     */
    void configure(HttpRouting.Builder routing) {
        ErrorHandlers.register(routing, clientErrors);
        routing.addFilter(new AccessLog());
        ops.addFilters(routing);
        routing.addFilter(new HeadAnswers())
                .addFilter(new SecurityHeaders())
                .addFilter(auth)
                .update(ops::addRoutes)
                .route(
                        Method.predicate(
                                Method.GET,
                                Method.HEAD,
                                Method.POST,
                                Method.PUT,
                                Method.PATCH,
                                Method.DELETE,
                                Method.OPTIONS),
                        PathMatchers.prefix("/api/"),
                        gateway)
                .get("/health", ops.health()::ready)
                .get("/health/live", ops.health()::live)
                .register(managementApi().toArray(ApiService[]::new))
                .register(new StaticUi())
                .any(ErrorHandlers::notFound);
    }
}
