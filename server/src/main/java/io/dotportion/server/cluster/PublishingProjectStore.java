package io.dotportion.server.cluster;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.server.gateway.ProjectPolicies;
import java.util.List;
import java.util.Optional;

/**
 * The project store, announcing every settings change and deletion once it is stored: this instance's
 * gateway forgets the project's cached CORS and rate-limit settings at once, the others within their poll.
 */
public final class PublishingProjectStore implements ProjectStore {
    private final ProjectStore store;
    private final ProjectPolicies policies;
    private final ChangePublisher publisher;

    public PublishingProjectStore(ProjectStore store, ProjectPolicies policies, ChangePublisher publisher) {
        this.store = store;
        this.policies = policies;
        this.publisher = publisher;
    }

    @Override
    public Project create(String ownerId, String name, String slug) {
        return store.create(ownerId, name, slug);
    }

    @Override
    public Optional<Project> byId(String id) {
        return store.byId(id);
    }

    @Override
    public Optional<Project> bySlug(String ownerId, String slug) {
        return store.bySlug(ownerId, slug);
    }

    @Override
    public List<Project> listByOwner(String ownerId) {
        return store.listByOwner(ownerId);
    }

    @Override
    public Project update(Project project) {
        Project stored = store.update(project);
        policies.forget(project.id());
        publisher.project(project.id());
        return stored;
    }

    @Override
    public boolean delete(String id) {
        boolean deleted = store.delete(id);
        policies.forget(id);
        publisher.project(id);
        return deleted;
    }
}
