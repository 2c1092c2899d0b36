package io.dotportion.core.port;

/** The managed database of each project, {@code project_<projectId>} in the platform's MongoDB (SPEC §8). */
public interface ManagedData {

    DataCollections forProject(String projectId);

    /** Drops a project's managed database with every collection in it; answers how many collections it had. */
    int drop(String projectId);
}
