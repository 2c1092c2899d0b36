package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoDatabase;

/**
 * The platform's managed databases (docs/OPERATIONS.md): each project's own database, {@code project_<projectId>}, in
 * the platform's MongoDB. Implemented by the composition root over the platform client.
 */
@FunctionalInterface
public interface ManagedDatabases {

    MongoDatabase forProject(String projectId);
}
