package io.dotportion.core.port;

import java.util.Map;
import java.util.Optional;

/**
 * The optional schema of each managed collection (SPEC §8), kept in the platform database as the JSON
 * value the user gave (its meaning belongs to whoever enforces it).
 */
public interface DataSchemaStore {

    Optional<Map<String, Object>> find(String projectId, String collection);

    /** Every schema of a project, by collection name. */
    Map<String, Map<String, Object>> all(String projectId);

    /** Creates or replaces the schema of a collection. */
    void save(String projectId, String collection, Map<String, Object> schema);

    boolean delete(String projectId, String collection);

    /** Deletes every schema of a project (the project is being deleted). */
    void deleteProject(String projectId);
}
