package io.dotportion.server.execution;

import io.dotportion.core.port.ExecutionKey;
import io.dotportion.core.port.ExecutionQuery;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.port.ExecutionStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * /v1/projects/{pid}/executions: the execution log, newest first, each with its redacted trace; callers whose
 * role may not read the project's data see the traces' shape only ({@link TraceDetail}). The list is filtered
 * ({@link ExecutionFilters}) and paged by keyset: the body is the page (a JSON array), and when older runs
 * pass the filters the answer names the next page in {@code X-Next-Cursor} (pass it as {@code cursor}) and in
 * a {@code Link: <...>; rel="next"} header.
 */
public final class ExecutionService implements ApiService {
    static final String NEXT_CURSOR = "X-Next-Cursor";

    private final ExecutionStore executions;
    private final ProjectAccess projects;

    public ExecutionService(ExecutionStore executions, ProjectAccess projects) {
        this.executions = executions;
        this.projects = projects;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/v1/projects/{pid}/executions", this::list)
                        .summary("Logged runs, newest first, each with its redacted trace (filters and a cursor)")
                        .access(Access.VIEWER)
                        .answer(200, "one page of runs", Shape.listOf(ExecutionView.class)),
                ApiRoute.get("/v1/projects/{pid}/executions/{id}", this::get)
                        .summary("One logged run")
                        .access(Access.VIEWER)
                        .answer(200, "the run", ExecutionView.class));
    }

    private void list(ServerRequest req, ServerResponse res) {
        ProjectAccess.Granted granted =
                projects.grant(Caller.of(req), req.path().pathParameters().get("pid"), Permission.READ);
        TraceDetail detail = TraceDetail.of(granted);
        ExecutionQuery query = ExecutionFilters.parse(req.query());
        // one more than asked says whether an older page exists, so the last page names no next one
        List<ExecutionRecord> found = executions.list(granted.project().id(), query.withLimit(query.limit() + 1));
        List<ExecutionRecord> page = found.subList(0, Math.min(query.limit(), found.size()));
        if (found.size() > query.limit()) {
            String next = ExecutionCursor.encode(ExecutionKey.of(page.getLast()));
            res.header(NEXT_CURSOR, next);
            res.header("Link", "<" + nextUrl(req, next) + ">; rel=\"next\"");
        }
        JsonResponses.ok(
                res,
                page.stream().map(record -> ExecutionView.of(record, detail)).toList());
    }

    private void get(ServerRequest req, ServerResponse res) {
        ProjectAccess.Granted granted =
                projects.grant(Caller.of(req), req.path().pathParameters().get("pid"), Permission.READ);
        String id = req.path().pathParameters().get("id");
        JsonResponses.ok(
                res,
                executions
                        .byId(granted.project().id(), id)
                        .map(record -> ExecutionView.of(record, TraceDetail.of(granted)))
                        .orElseThrow(ApiException::notFound));
    }

    /** This request's path and filters (all known and given once: they were checked) with the next cursor. */
    private static String nextUrl(ServerRequest req, String cursor) {
        List<String> params = new ArrayList<>();
        for (String name : ExecutionFilters.NAMES) {
            if (!name.equals("cursor") && req.query().contains(name)) {
                params.add(name + "=" + URLEncoder.encode(req.query().get(name), StandardCharsets.UTF_8));
            }
        }
        params.add("cursor=" + cursor);
        return req.path().absolute().rawPath() + "?" + String.join("&", params);
    }
}
