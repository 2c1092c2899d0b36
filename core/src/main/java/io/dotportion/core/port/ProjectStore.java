package io.dotportion.core.port;

import java.util.List;
import java.util.Optional;

public interface ProjectStore {

    /** Creates a project; throws {@link ConflictException} when the owner already has this slug. */
    Project create(String ownerId, String name, String slug);

    Optional<Project> byId(String id);

    Optional<Project> bySlug(String ownerId, String slug);

    List<Project> listByOwner(String ownerId);

    /** Replaces name, slug, cors and rate limit; throws {@link ConflictException} on a slug clash. */
    Project update(Project project);

    boolean delete(String id);
}
