package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * /v1/projects/{pid}/executions: the execution log, newest first, each with its redacted trace; callers whose
 * role may not read the project's data see the traces' shape only ({@link TraceDetail}).
 */
public final class ExecutionService implements HttpService {
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final ExecutionStore executions;
    private final ProjectAccess projects;

    public ExecutionService(ExecutionStore executions, ProjectAccess projects) {
        this.executions = executions;
        this.projects = projects;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{pid}/executions", this::list)
                .get("/{pid}/executions/{id}", this::get);
    }

    private void list(ServerRequest req, ServerResponse res) {
        ProjectAccess.Granted granted = projects.grant(Caller.of(req), req.path().pathParameters().get("pid"),
                Permission.READ);
        TraceDetail detail = TraceDetail.of(granted);
        var query = req.query();
        String workflowId = query.first("workflowId").orElse(null);
        String status = query.first("status").orElse(null);
        int limit = limit(query.first("limit").orElse(null));
        JsonResponses.ok(res, executions.list(granted.project().id(), workflowId, status, limit).stream()
                .map(record -> ExecutionView.of(record, detail))
                .toList());
    }

    private void get(ServerRequest req, ServerResponse res) {
        ProjectAccess.Granted granted = projects.grant(Caller.of(req), req.path().pathParameters().get("pid"),
                Permission.READ);
        String id = req.path().pathParameters().get("id");
        JsonResponses.ok(res, executions.byId(granted.project().id(), id)
                .map(record -> ExecutionView.of(record, TraceDetail.of(granted)))
                .orElseThrow(ApiException::notFound));
    }

    private static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n < 1 || n > MAX_LIMIT) {
                throw ApiException.invalid("limit must be between 1 and " + MAX_LIMIT);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.invalid("limit must be an integer");
        }
    }
}
