package io.dotportion.server.project;

import io.dotportion.core.port.MemberStore;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * /v1/projects: create, list (every project the caller is a member of), get, update (owners; a new slug leaves
 * the old one redirecting, see {@link SlugRenames}), end an old slug's redirect (owners) and delete (owners;
 * everything the project owns goes too, see {@link ProjectRemoval}, and the answer says what).
 */
public final class ProjectService implements ApiService {

    record CreateRequest(String name, String slug) {}

    private final ProjectStore projects;
    private final MemberStore members;
    private final ProjectAccess access;
    private final Routes routes;
    private final JsonRequests json;
    private final ProjectKeys keys;
    private final ProjectRemoval removal;
    private final SlugRenames renames;
    private final Clock clock;

    public ProjectService(
            ProjectStore projects,
            MemberStore members,
            ProjectRemoval removal,
            ProjectAccess access,
            Routes routes,
            ProjectKeys keys,
            JsonRequests json,
            Clock clock,
            Duration slugRedirectPeriod) {
        this.members = members;
        this.keys = keys;
        this.removal = removal;
        this.projects = projects;
        this.access = access;
        this.routes = routes;
        this.json = json;
        this.clock = clock;
        this.renames = new SlugRenames(projects, routes, keys, clock, slugRedirectPeriod);
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/v1/projects", this::create)
                        .summary("Create a project (the caller is its owner)")
                        .body(CreateRequest.class)
                        .answer(201, "the project", ProjectView.class)
                        .errors(ApiError.CONFLICT),
                ApiRoute.get("/v1/projects", this::list)
                        .summary("Every project the caller is a member of, with the caller's role")
                        .answer(200, "the projects", Shape.listOf(ProjectView.class)),
                ApiRoute.get("/v1/projects/{id}", this::get)
                        .summary("A project")
                        .access(Access.VIEWER)
                        .answer(200, "the project", ProjectView.class),
                ApiRoute.patch("/v1/projects/{id}", this::update)
                        .summary("Change a project's name, slug, CORS or rate limit")
                        .access(Access.OWNER)
                        .body(ProjectPatch.class)
                        .answer(200, "the project", ProjectView.class)
                        .errors(ApiError.CONFLICT),
                ApiRoute.delete("/v1/projects/{id}", this::delete)
                        .summary("Delete a project and everything it owns")
                        .access(Access.OWNER)
                        .answer(200, "what went", ProjectRemoval.Removed.class),
                ApiRoute.delete("/v1/projects/{id}/slug-redirects/{slug}", this::endRedirect)
                        .summary("End an old slug's redirect now")
                        .access(Access.OWNER)
                        .noContent("the old slug answers 404 and is free"));
    }

    private void create(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        CreateRequest body = json.read(req, CreateRequest.class);
        String name = ProjectRules.name(body.name());
        String slug = ProjectRules.slug(body.slug());
        Project project = renames.slugUnique(caller.userId(), slug, () -> projects.create(caller.userId(), name, slug));
        JsonResponses.created(res, view(project, Role.OWNER));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        JsonResponses.ok(
                res,
                members.projectsOf(caller.userId()).stream()
                        .map(p -> view(
                                p,
                                members.find(p.id(), caller.userId())
                                        .flatMap(m -> Role.parse(m.role()))
                                        .orElse(Role.VIEWER)))
                        .toList());
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        ProjectAccess.Granted granted = access.grant(caller, id(req), Permission.READ);
        JsonResponses.ok(res, view(granted.project(), granted.role()));
    }

    private void update(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project current = access.project(caller, id(req), Permission.MANAGE_SETTINGS);
        ProjectPatch patch = json.read(req, ProjectPatch.class);
        JsonResponses.ok(res, view(renames.patch(current, patch), Role.OWNER));
    }

    /** Ends an old slug's redirect now (owners): it answers 404 and is free for another project. */
    private void endRedirect(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project current = access.project(caller, id(req), Permission.MANAGE_SETTINGS);
        renames.end(current, req.path().pathParameters().get("slug"));
        JsonResponses.noContent(res);
    }

    /** Answers 200 with what went: workflows, secrets, the managed database's collections and logged runs. */
    private void delete(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = access.project(caller, id(req), Permission.DELETE_PROJECT);
        ProjectRemoval.Removed removed = routes.exclusively(() -> {
            routes.update(table -> table.withoutProject(project.id()));
            ProjectRemoval.Removed gone =
                    removal.remove(project.id(), caller.user().username());
            projects.delete(project.id());
            return gone;
        });
        JsonResponses.ok(res, removed);
    }

    private ProjectView view(Project project, Role role) {
        return ProjectView.of(project, keys.of(project).owner(), role.text(), clock.instant());
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
