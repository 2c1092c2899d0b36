package io.dotportion.server.project;

import io.dotportion.core.port.Project;
import java.time.Instant;
import java.util.List;

/** A project as the API shows it, with the caller's role in it and its old slugs that still redirect. */
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
        List<SlugRedirectView> slugRedirects,
        boolean allowCredentialLiterals) {

    /** An old slug answering 308 to the current one until {@code until}. */
    public record SlugRedirectView(String slug, String until) {}

    public static ProjectView of(Project p, String ownerUsername, String role, Instant now) {
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
                p.redirectingAt(now).stream()
                        .map(r -> new SlugRedirectView(r.slug(), String.valueOf(r.until())))
                        .toList(),
                p.allowCredentialLiterals());
    }
}
