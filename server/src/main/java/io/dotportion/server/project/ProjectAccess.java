package io.dotportion.server.project;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiException;

/** Finds a project the caller may see; anything else answers 404, exactly like a project that does not exist. */
public final class ProjectAccess {
    private final ProjectStore projects;

    public ProjectAccess(ProjectStore projects) {
        this.projects = projects;
    }

    public Project visible(Caller caller, String projectId) {
        if (projectId == null || projectId.isBlank()) {
            throw ApiException.notFound();
        }
        return projects.byId(projectId)
                .filter(p -> p.ownerId().equals(caller.userId()))
                .orElseThrow(ApiException::notFound);
    }
}
