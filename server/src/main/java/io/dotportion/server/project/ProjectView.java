package io.dotportion.server.project;

import io.dotportion.core.port.Project;

/** A project as the API shows it. */
public record ProjectView(String id, String slug, String name, String ownerId, String owner, Project.Cors cors,
                          Project.RateLimit rateLimit, String createdAt, String updatedAt) {

    public static ProjectView of(Project p, String ownerUsername) {
        return new ProjectView(p.id(), p.slug(), p.name(), p.ownerId(), ownerUsername, p.cors(), p.rateLimit(),
                String.valueOf(p.createdAt()), String.valueOf(p.updatedAt()));
    }
}
