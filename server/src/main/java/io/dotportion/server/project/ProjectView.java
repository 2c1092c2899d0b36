package io.dotportion.server.project;

import io.dotportion.core.port.Project;

/** A project as the API shows it, with the caller's role in it. */
public record ProjectView(
        String id,
        String slug,
        String name,
        String ownerId,
        String owner,
        String role,
        Project.Cors cors,
        Project.RateLimit rateLimit,
        String createdAt,
        String updatedAt,
        boolean allowCredentialLiterals) {

    public static ProjectView of(Project p, String ownerUsername, String role) {
        return new ProjectView(
                p.id(),
                p.slug(),
                p.name(),
                p.ownerId(),
                ownerUsername,
                role,
                p.cors(),
                p.rateLimit(),
                String.valueOf(p.createdAt()),
                String.valueOf(p.updatedAt()),
                p.allowCredentialLiterals());
    }
}
