package io.dotportion.server.stats;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.StatsStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.ProjectAccess;
import io.dotportion.server.workflow.WorkflowAccess;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.List;

/**
 * {@code GET /v1/projects/{pid}/stats} and {@code GET /v1/workflows/{id}/stats}, both with
 * {@code ?granularity=hour|day&from=&to=} (see {@link StatsQuery}); the answer is {@link StatsView}'s.
 * Counts reach the store at the recorder's next flush, so the newest few seconds may be missing.
 */
public final class StatsService implements ApiService {
    private final StatsStore store;
    private final ProjectAccess projects;
    private final WorkflowAccess workflows;
    private final Clock clock;

    public StatsService(StatsStore store, ProjectAccess projects, WorkflowAccess workflows, Clock clock) {
        this.store = store;
        this.projects = projects;
        this.workflows = workflows;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/v1/projects/{pid}/stats", this::project)
                        .summary("Run counts of a project per hour or day (?granularity=hour|day&from=&to=)")
                        .access(Access.VIEWER)
                        .answer(
                                200,
                                "the buckets, with counts per workflow",
                                Shape.objectWith("granularity", "from", "to", "totals", "buckets", "workflows")),
                ApiRoute.get("/v1/workflows/{id}/stats", this::workflow)
                        .summary("Run counts of a workflow per hour or day (?granularity=hour|day&from=&to=)")
                        .access(Access.VIEWER)
                        .answer(
                                200,
                                "the buckets",
                                Shape.objectWith("granularity", "from", "to", "totals", "buckets")));
    }

    private void project(ServerRequest req, ServerResponse res) {
        Project project =
                projects.visible(Caller.of(req), req.path().pathParameters().get("pid"));
        StatsQuery query = query(req);
        JsonResponses.ok(
                res,
                StatsView.of(
                        query, store.buckets(project.id(), null, query.granularity(), query.from(), query.to()), true));
    }

    private void workflow(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned =
                workflows.visible(Caller.of(req), req.path().pathParameters().get("id"));
        StatsQuery query = query(req);
        JsonResponses.ok(
                res,
                StatsView.of(
                        query,
                        store.buckets(
                                owned.project().id(),
                                owned.workflow().id(),
                                query.granularity(),
                                query.from(),
                                query.to()),
                        false));
    }

    private StatsQuery query(ServerRequest req) {
        var q = req.query();
        return StatsQuery.parse(
                q.first("granularity").asOptional(),
                q.first("from").asOptional(),
                q.first("to").asOptional(),
                clock.instant());
    }
}
