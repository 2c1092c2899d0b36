package io.dotportion.core.port;

/** The managed database of each project, {@code project_<projectId>} in the platform's MongoDB (SPEC §8). */
@FunctionalInterface
public interface ManagedData {

    DataCollections forProject(String projectId);
}
