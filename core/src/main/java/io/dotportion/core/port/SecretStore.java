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

    /** Replaces the record only if the stored revision is still {@code expectedRevision}; false otherwise. */
    boolean replace(SecretRecord record, int expectedRevision);

    boolean delete(String projectId, String name);

    /** Deletes every secret of a project; returns how many. */
    long deleteByProject(String projectId);

    /** Atomically bumps the project's change stamp and returns the new value. */
    long touch(String projectId);

    /** Current change stamps of the given projects; a project never touched is absent. */
    Map<String, Long> stamps(Collection<String> projectIds);

    /** The environments a project added (besides {@code live} and {@code test}), in the order added. */
    List<String> environments(String projectId);

    /**
     * Adds an environment unless the project already has {@code limit} added ones; true when the project has
     * it afterwards (added now or before).
     */
    boolean addEnvironment(String projectId, String name, int limit);

    /** Removes an added environment; false when the project has no such environment. */
    boolean removeEnvironment(String projectId, String name);
}
