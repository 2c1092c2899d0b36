package io.dotportion.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sealed secret records, one per (project, name), and a change stamp per project that every write
 * bumps so that other processes sharing the store can notice changes cheaply.
 */
public interface SecretStore {

    List<SecretRecord> listByProject(String projectId);

    Optional<SecretRecord> find(String projectId, String name);

    /** Stores a new secret; throws {@link ConflictException} when the project already has this name. */
    void insert(SecretRecord record);

    /** Replaces the record only if the stored version is still {@code expectedVersion}; false otherwise. */
    boolean replace(SecretRecord record, int expectedVersion);

    boolean delete(String projectId, String name);

    /** Deletes every secret of a project; returns how many. */
    long deleteByProject(String projectId);

    /** Atomically bumps the project's change stamp and returns the new value. */
    long touch(String projectId);

    /** Current change stamps of the given projects; a project never touched is absent. */
    Map<String, Long> stamps(Collection<String> projectIds);
}
