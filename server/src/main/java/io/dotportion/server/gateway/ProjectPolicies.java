package io.dotportion.server.gateway;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CORS and rate-limit settings of each project the gateway serves, read from the store once and kept
 * until {@link #forget} (called after a settings change made here or announced by another instance).
 */
public final class ProjectPolicies {

    /** What the gateway applies to every request of one project. */
    public record Policy(Project.Cors cors, Project.RateLimit rateLimit) {
        static final Policy NONE = new Policy(Project.Cors.disabled(), Project.RateLimit.disabled());
    }

    private final ProjectStore projects;
    private final ConcurrentHashMap<String, Policy> cache = new ConcurrentHashMap<>();

    public ProjectPolicies(ProjectStore projects) {
        this.projects = projects;
    }

    public Policy of(String projectId) {
        Policy cached = cache.get(projectId);
        if (cached != null) {
            return cached;
        }
        return cache.computeIfAbsent(
                projectId,
                id -> projects.byId(id)
                        .map(p -> new Policy(p.cors(), p.rateLimit()))
                        .orElse(Policy.NONE));
    }

    /** Drops the cached settings; the next request reads them again. */
    public void forget(String projectId) {
        cache.remove(projectId);
    }
}
