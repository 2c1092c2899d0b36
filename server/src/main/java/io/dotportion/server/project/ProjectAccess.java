package io.dotportion.server.project;

import io.dotportion.core.port.Member;
import io.dotportion.core.port.MemberStore;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;

/**
 * The one check of every project-scoped route: a project the caller is not a member of answers 404,
 * exactly like a project that does not exist; a member whose role lacks the permission gets 403.
 */
public final class ProjectAccess {

    /** A project the caller may act on, and the caller's role in it. */
    public record Granted(Project project, Role role) {
        public boolean allows(Permission permission) {
            return role.allows(permission);
        }
    }

    private final ProjectStore projects;
    private final MemberStore members;

    public ProjectAccess(ProjectStore projects, MemberStore members) {
        this.projects = projects;
        this.members = members;
    }

    /** The project, when the caller's role allows {@code permission}; 404 when not a member, else 403. */
    public Project project(Caller caller, String projectId, Permission permission) {
        return grant(caller, projectId, permission).project();
    }

    /** Like {@link #project}, with the caller's role. */
    public Granted grant(Caller caller, String projectId, Permission permission) {
        if (projectId == null || projectId.isBlank()) {
            throw ApiException.notFound();
        }
        Project project = projects.byId(projectId).orElseThrow(ApiException::notFound);
        Role role = members.find(project.id(), caller.userId())
                .map(Member::role)
                .flatMap(Role::parse)
                .orElseThrow(ApiException::notFound);
        if (!role.allows(permission)) {
            throw forbidden(role, permission);
        }
        return new Granted(project, role);
    }

    /** A project the caller may read (any member). */
    public Project visible(Caller caller, String projectId) {
        return project(caller, projectId, Permission.READ);
    }

    static ApiException forbidden(Role role, Permission permission) {
        return new ApiException(ApiError.FORBIDDEN, "your role (" + role.text() + ") may not " + permission.action());
    }
}
