package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeFailure;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Where a node's database comes from for one execution: the project's managed database or a user's own. */
sealed interface DatabaseSource {

    /** The database to run on; close the result when the operation is done. */
    Opened open(NodeContext context);

    /** An open database, whether the egress policy refused one of its connections, and what to release afterwards. */
    record Opened(MongoDatabase database, BooleanSupplier egressRefused, Runnable release) implements AutoCloseable {
        @Override
        public void close() {
            release.run();
        }
    }

    /** Refuses a write that breaks the collection's rules; only managed databases have rules. */
    default void checkWrite(NodeContext context, CompiledQuery query, QueryRequest request) {}

    /** {@code project_<id>} in the platform's MongoDB, its collections' schemas enforced on writes. */
    record Managed(ManagedDatabases databases, DocumentValidator validator) implements DatabaseSource {
        public Opened open(NodeContext context) {
            return new Opened(databases.forProject(context.projectId()), () -> false, () -> {});
        }

        @Override
        public void checkWrite(NodeContext context, CompiledQuery query, QueryRequest request) {
            Operation op = query.operation();
            DocumentValidator.Write write = op.isInsert()
                    ? new DocumentValidator.Insert(request.documents())
                    : op.isUpdate()
                            ? new DocumentValidator.Update(
                                    request.filter(), request.update(), op == Operation.UPDATE_MANY)
                            : null;
            List<FieldError> problems =
                    write == null ? List.of() : validator.check(context.projectId(), query.collection(), write);
            if (!problems.isEmpty()) {
                throw new NodeFailure(new NodeError(
                        ErrorCode.INVALID_REQUEST,
                        "the write breaks the schema of collection '" + query.collection() + "'",
                        problems));
            }
        }
    }

    /** The database named by a {@code mongodb} secret's URL, or {@code database} when set. */
    record External(MongoClientPool pool, String secretName, String database) implements DatabaseSource {
        public Opened open(NodeContext context) {
            ClientLease lease = pool.acquire(context.projectId(), context.secret(secretName, "mongodb"));
            String name = database != null ? database : lease.defaultDatabase().orElse(null);
            if (name == null || NameRules.databaseProblem(name).isPresent()) {
                lease.close();
                throw new NodeFailure(
                        ErrorCode.EXECUTION_FAILED,
                        name == null
                                ? "the URL of secret '" + secretName + "' names no database: set 'database' on the node"
                                : "the URL of secret '" + secretName + "' names an invalid database");
            }
            return new Opened(lease.client().getDatabase(name), lease::egressRefused, lease::close);
        }
    }
}
