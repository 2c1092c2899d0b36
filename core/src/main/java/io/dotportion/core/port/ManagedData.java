package io.dotportion.core.port;

/** The managed database of each project, {@code project_<projectId>} in the platform's MongoDB (docs/OPERATIONS.md). */
@FunctionalInterface
public interface ManagedData {

    DataCollections forProject(String projectId);
}
