package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;

/** Where a node's database comes from for one execution: the project's managed database or a user's own. */
sealed interface DatabaseSource {

    /** The database to run on; close the result when the operation is done. */
    Opened open(NodeContext context);

    /** An open database, the scrubber for its errors, and what to release afterwards. */
    record Opened(MongoDatabase database, Scrubber scrubber, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    /** {@code project_<id>} in the platform's MongoDB. */
    record Managed(ManagedDatabases databases) implements DatabaseSource {
        public Opened open(NodeContext context) {
            return new Opened(databases.forProject(context.projectId()), Scrubber.GENERIC, () -> { });
        }
    }

    /** The database named by a {@code mongodb} secret's URL, or {@code database} when set. */
    record External(MongoClientPool pool, String secretName, String database) implements DatabaseSource {
        public Opened open(NodeContext context) {
            ClientLease lease = pool.acquire(context.projectId(), context.secret(secretName, "mongodb"));
            String name = database != null ? database : lease.defaultDatabase().orElse(null);
            if (name == null || NameRules.databaseProblem(name).isPresent()) {
                lease.close();
                throw new NodeFailure(ErrorCode.EXECUTION_FAILED, name == null
                        ? "the URL of secret '" + secretName + "' names no database: set 'database' on the node"
                        : "the URL of secret '" + secretName + "' names an invalid database");
            }
            return new Opened(lease.client().getDatabase(name), lease.scrubber(), lease::close);
        }
    }
}
