package io.dotportion.server.project;

import io.dotportion.core.port.Member;
import io.dotportion.core.port.MemberStore;
import io.dotportion.core.port.User;
import io.dotportion.core.port.UserStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * /v1/projects/{pid}/members: owners add (by username of an existing user), change and remove
 * members; any member lists them and may leave. The last owner can neither leave nor be demoted.
 */
public final class MemberService implements ApiService {

    record AddRequest(String username, String email, String role) {}

    record RoleRequest(String role) {}

    record MemberView(String userId, String username, String role, String addedAt) {}

    private final MemberStore members;
    private final UserStore users;
    private final ProjectAccess access;
    private final JsonRequests json;
    private final Clock clock;

    public MemberService(MemberStore members, UserStore users, ProjectAccess access, JsonRequests json, Clock clock) {
        this.members = members;
        this.users = users;
        this.access = access;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/v1/projects/{pid}/members", this::add)
                        .summary("Add a member {username, role: owner|editor|viewer}")
                        .access(Access.OWNER)
                        .body(AddRequest.class)
                        .answer(201, "the member", MemberView.class)
                        .errors(ApiError.CONFLICT),
                ApiRoute.get("/v1/projects/{pid}/members", this::list)
                        .summary("The project's members")
                        .access(Access.VIEWER)
                        .answer(200, "the members", Shape.listOf(MemberView.class)),
                ApiRoute.patch("/v1/projects/{pid}/members/{userId}", this::changeRole)
                        .summary("Change a member's role")
                        .access(Access.OWNER)
                        .body(RoleRequest.class)
                        .answer(200, "the member", MemberView.class)
                        .errors(ApiError.LAST_OWNER),
                ApiRoute.delete("/v1/projects/{pid}/members/{userId}", this::remove)
                        .summary("Remove a member (a member may remove themselves)")
                        .access(Access.OWNER)
                        .noContent("removed")
                        .errors(ApiError.LAST_OWNER));
    }

    private void add(ServerRequest req, ServerResponse res) {
        String projectId = access.project(Caller.of(req), param(req, "pid"), Permission.MANAGE_MEMBERS)
                .id();
        AddRequest body = json.read(req, AddRequest.class);
        Role role = role(body.role());
        User user = invited(body).orElseThrow(() -> new ApiException(ApiError.NOT_FOUND, "no user with this username"));
        Member added = new Member(user.id(), role.text(), clock.instant());
        change(projectId, list -> MemberChanges.add(list, added));
        JsonResponses.created(res, view(added, user));
    }

    private void list(ServerRequest req, ServerResponse res) {
        String projectId = access.project(Caller.of(req), param(req, "pid"), Permission.READ)
                .id();
        JsonResponses.ok(res, views(members.list(projectId)));
    }

    private void changeRole(ServerRequest req, ServerResponse res) {
        String projectId = access.project(Caller.of(req), param(req, "pid"), Permission.MANAGE_MEMBERS)
                .id();
        Role role = role(json.read(req, RoleRequest.class).role());
        String userId = param(req, "userId");
        List<Member> changed = change(projectId, list -> MemberChanges.setRole(list, userId, role));
        JsonResponses.ok(
                res,
                views(changed.stream().filter(m -> m.userId().equals(userId)).toList())
                        .getFirst());
    }

    private void remove(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        String userId = param(req, "userId");
        Permission needed = caller.userId().equals(userId) ? Permission.READ : Permission.MANAGE_MEMBERS;
        String projectId = access.project(caller, param(req, "pid"), needed).id();
        change(projectId, list -> MemberChanges.remove(list, userId));
        JsonResponses.noContent(res);
    }

    private List<Member> change(String projectId, UnaryOperator<List<Member>> change) {
        return members.change(projectId, change).orElseThrow(ApiException::notFound);
    }

    /**
     * By username only: usernames are public (gateway URLs, member lists), emails are not, and a lookup by
     * email would tell any project owner which emails have an account.
     */
    private Optional<User> invited(AddRequest body) {
        if (body.username() != null && !body.username().isBlank()) {
            return users.byUsername(body.username().strip());
        }
        if (body.email() != null && !body.email().isBlank()) {
            throw ApiException.invalid("add a member by username; emails are not looked up");
        }
        throw ApiException.invalid("username is required");
    }

    private static Role role(String text) {
        return Role.parse(text).orElseThrow(() -> ApiException.invalid("role must be owner, editor or viewer"));
    }

    private List<MemberView> views(List<Member> list) {
        return list.stream()
                .map(m -> view(m, users.byId(m.userId()).orElse(null)))
                .toList();
    }

    private static MemberView view(Member m, User user) {
        return new MemberView(m.userId(), user == null ? null : user.username(), m.role(), String.valueOf(m.addedAt()));
    }

    private static String param(ServerRequest req, String name) {
        return req.path().pathParameters().get(name);
    }
}
