package io.dotportion.server.project;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.server.gateway.ProjectKey;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stores a project's settings, slug and old slugs and puts them in the route table at once (other instances
 * follow through the change log): a renamed project's old slug answers 308 to the new one for {@code period},
 * until the owner ends it; while it does, no other project of the owner can take it.
 */
final class SlugRenames {
    private final ProjectStore projects;
    private final Routes routes;
    private final ProjectKeys keys;
    private final Clock clock;
    private final Duration period;

    SlugRenames(ProjectStore projects, Routes routes, ProjectKeys keys, Clock clock, Duration period) {
        this.projects = projects;
        this.routes = routes;
        this.keys = keys;
        this.clock = clock;
        this.period = period;
    }

    Project patch(Project current, ProjectPatch patch) {
        return save(patch.applyTo(current, clock.instant(), period));
    }

    /** Ends the redirect of {@code slug} now; 404 when it does not redirect to this project. */
    Project end(Project current, String slug) {
        Instant now = clock.instant();
        List<Project.SlugRedirect> redirecting = current.redirectingAt(now);
        List<Project.SlugRedirect> kept =
                redirecting.stream().filter(r -> !r.slug().equals(slug)).toList();
        if (kept.size() == redirecting.size()) {
            throw new ApiException(ApiError.NOT_FOUND, "no old slug '" + slug + "' redirects to this project");
        }
        return save(new Project(
                current.id(),
                current.ownerId(),
                current.name(),
                current.slug(),
                current.cors(),
                current.rateLimit(),
                current.createdAt(),
                now,
                kept,
                current.allowCredentialLiterals()));
    }

    /** Runs a write that may hit a slug another project holds; the conflict says whether it redirects. */
    Project slugUnique(String ownerId, String slug, Supplier<Project> write) {
        try {
            return write.get();
        } catch (ConflictException e) {
            throw conflict(ownerId, slug);
        }
    }

    private Project save(Project changed) {
        return routes.exclusively(() -> {
            Project stored = slugUnique(changed.ownerId(), changed.slug(), () -> projects.update(changed));
            ProjectKey key = keys.of(stored);
            routes.update(table ->
                    table.rekeyed(stored.id(), key).redirecting(stored.id(), key.owner(), stored.slugRedirects()));
            return stored;
        });
    }

    private ApiException conflict(String ownerId, String slug) {
        Instant now = clock.instant();
        return projects.listByOwner(ownerId).stream()
                .flatMap(p -> p.redirectingAt(now).stream())
                .filter(r -> r.slug().equals(slug))
                .findFirst()
                .map(r -> new ApiException(
                        ApiError.CONFLICT,
                        "the slug '" + slug + "' still redirects to a renamed project of this owner until " + r.until()
                                + "; the owner can end that redirect, or pick another slug"))
                .orElseGet(() -> new ApiException(ApiError.CONFLICT, "you already have a project with this slug"));
    }
}
