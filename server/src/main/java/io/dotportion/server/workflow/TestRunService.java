package io.dotportion.server.workflow;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.core.value.Values;
import io.dotportion.secrets.vault.SecretScope;
import io.dotportion.secrets.vault.SecretUse;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.project.Permission;
import io.dotportion.server.secrets.ExecutionSecrets;
import io.dotportion.server.secrets.ProjectSecrets;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs a workflow's draft with a sample request and answers with the result as the workflow produced it and
 * the per-node trace (secret values and the sample's credential headers masked as in the execution log). The
 * credentials nodes produced (a {@code jwtGenerate} token) are shown in this answer: it goes to the editor
 * who ran the test and who may mint such tokens anyway; the stored copy of the run masks them like every
 * stored execution. A test run uses the {@code test} values of secrets (the live value only where a secret
 * allows it), and its answer's {@code secrets} says which environment's value of each secret it used.
 */
public final class TestRunService implements ApiService {
    private static final TestRequest EMPTY = new TestRequest(null, null, null, null, null, null, null);

    private final WorkflowAccess access;
    private final Drafts drafts;
    private final ProjectSecrets secrets;
    private final TraceFormatter traces;
    private final ExecutionLog log;
    private final ExecutionIds ids;
    private final JsonRequests json;
    private final Clock clock;

    public TestRunService(
            WorkflowAccess access,
            Drafts drafts,
            ProjectSecrets secrets,
            TraceFormatter traces,
            ExecutionLog log,
            ExecutionIds ids,
            JsonRequests json,
            Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.secrets = secrets;
        this.traces = traces;
        this.log = log;
        this.ids = ids;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/v1/workflows/{id}/test-run", this::run)
                .summary("Run the draft with a sample request {method?, path?, query?, headers?, body?}")
                .access(Access.EDITOR)
                .body(TestRequest.class)
                .answer(200, "what the workflow answered, and its trace", TestRunAnswer.class)
                .errors(ApiError.INVALID_WORKFLOW, ApiError.INVALID_ENVIRONMENT));
    }

    private void run(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        WorkflowAccess.Owned owned = access.workflow(Caller.of(req), id, Permission.DEPLOY);
        TestRequest sample = json.readOptional(req, TestRequest.class, EMPTY);
        String projectId = owned.project().id();
        CompiledWorkflow plan = drafts.compile(owned.workflow().draft(), projectId);
        RequestData request = sample.toRequest(plan.method(), plan.path(), clientIp(req));
        String executionId = ids.next();
        Instant startedAt = clock.instant();
        ExecutionSecrets run = secrets.forExecution(projectId, request, sample.scope(), plan::masking);
        ExecutionResult result = plan.execute(new ExecutionRequest(projectId, request, run.resolver()));
        log.submit(new FinishedExecution(
                executionId,
                projectId,
                owned.workflow().id(),
                null,
                "test",
                request.method(),
                request.path(),
                startedAt,
                result,
                run.traces()));
        TestRunAnswer answer = new TestRunAnswer(
                executionId,
                result.status(),
                result.headers(),
                result.body(),
                result.error() == null ? null : result.error().code().name(),
                result.failedNodeId(),
                traces.format(result.trace(), run.traces(), TraceFormatter.Credentials.SHOWN),
                run.uses().stream().map(TestRunService::use).toList(),
                Math.round(result.durationNanos() / 1_000.0) / 1_000.0);
        JsonResponses.ok(res, answer);
    }

    /** Which value of a secret the run used: never the value. */
    private static Map<String, Object> use(SecretUse use) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", use.name());
        view.put("environment", use.environment());
        view.put("version", use.version());
        view.put("staged", use.staged());
        view.put("usedLiveValue", use.fallback());
        return view;
    }

    private static String clientIp(ServerRequest req) {
        return req.remotePeer().host();
    }

    /**
     * The sample request of a test run; every field optional. A {@code path} is bound to the workflow's path
     * template ({@code /users/42} gives {@code params.id = "42"}) and may carry a query string; explicit
     * {@code params} and {@code query} win over what the path gives. The run resolves the {@code test} values
     * of secrets; {@code secretVersion: "staged"} takes staged versions first ({@code "current"}, the default,
     * does not).
     */
    /** What a test run answers: the workflow's answer, its error code if it failed, the trace and the secrets used. */
    record TestRunAnswer(
            String executionId,
            int status,
            Map<String, String> headers,
            Object body,
            String error,
            String failedNodeId,
            List<Map<String, Object>> trace,
            List<Map<String, Object>> secrets,
            double durationMs) {}

    record TestRequest(
            String method,
            String path,
            Map<String, String> params,
            Map<String, Object> query,
            Map<String, String> headers,
            Object body,
            String secretVersion) {

        SecretScope scope() {
            if (secretVersion == null || secretVersion.equals("current")) {
                return SecretScope.TEST;
            }
            if (secretVersion.equals("staged")) {
                return new SecretScope(SecretRecord.TEST, true);
            }
            throw ApiException.invalid("secretVersion must be \"staged\" or \"current\"");
        }

        RequestData toRequest(String defaultMethod, RoutePath template, String ip) {
            TestPath bound = TestPath.bind(template, path, params);
            Map<String, String> firstQuery = new LinkedHashMap<>();
            Map<String, List<String>> allQuery = new LinkedHashMap<>();
            if (bound.query() != null) {
                queryString(bound.query(), allQuery);
            }
            if (query != null) {
                query.forEach((name, value) -> allQuery.put(
                        name,
                        value instanceof List<?> list
                                ? list.stream().map(Values::toText).toList()
                                : List.of(Values.toText(value))));
            }
            allQuery.forEach((name, values) -> firstQuery.put(name, values.isEmpty() ? "" : values.getFirst()));
            Map<String, String> lowerHeaders = new LinkedHashMap<>();
            if (headers != null) {
                headers.forEach((k, v) -> lowerHeaders.put(k.toLowerCase(Locale.ROOT), v));
            }
            return new RequestData(
                    method == null ? defaultMethod : method.toUpperCase(Locale.ROOT),
                    bound.path(),
                    bound.params(),
                    firstQuery,
                    allQuery,
                    lowerHeaders,
                    Values.immutableCopy(body),
                    ip);
        }

        private static void queryString(String text, Map<String, List<String>> into) {
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                try {
                    String name = PercentDecoding.decode(eq < 0 ? pair : pair.substring(0, eq), true);
                    String value = eq < 0 ? "" : PercentDecoding.decode(pair.substring(eq + 1), true);
                    into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } catch (MalformedInputException e) {
                    throw ApiException.invalid("path has a malformed query string: " + e.getMessage());
                }
            }
        }
    }
}
