package io.dotportion.server.gateway;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.UserStore;

/** Names a project the way the gateway does: its owner's username and its slug. */
public final class ProjectKeys {
    private final UserStore users;

    public ProjectKeys(UserStore users) {
        this.users = users;
    }

    public ProjectKey of(Project project) {
        String owner = users.byId(project.ownerId())
                .orElseThrow(() -> new IllegalStateException("project " + project.id() + " has no owner"))
                .username();
        return new ProjectKey(owner, project.slug());
    }
}
