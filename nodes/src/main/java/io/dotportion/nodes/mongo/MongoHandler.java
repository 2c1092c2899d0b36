package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoCollection;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import org.bson.Document;

/** A compiled database or mongodb node: evaluates its query, runs it, and maps failures to safe errors. */
final class MongoHandler implements NodeHandler {
    private static final System.Logger LOG = System.getLogger(MongoHandler.class.getName());
    private final CompiledQuery query;
    private final DatabaseSource source;

    MongoHandler(CompiledQuery query, DatabaseSource source) {
        this.query = query;
        this.source = source;
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        try {
            QueryBudget budget = QueryBudget.of(context);
            QueryRequest request = RequestBuilder.build(query, context);
            try (DatabaseSource.Opened opened = source.open(context)) {
                return run(context, opened, request, budget);
            }
        } catch (NodeFailure failure) {
            return new NodeOutcome.Fail(failure.error());
        }
    }

    private NodeOutcome run(
            NodeContext context, DatabaseSource.Opened opened, QueryRequest request, QueryBudget budget) {
        try {
            source.checkWrite(context, query, request);
            MongoCollection<Document> collection = opened.database().getCollection(query.collection());
            return NodeOutcome.next(operate(collection, request, budget));
        } catch (NodeFailure failure) {
            throw failure;
        } catch (RuntimeException e) {
            var error = MongoErrors.map(e, budget, opened.egressRefused().getAsBoolean());
            LOG.log(
                    System.Logger.Level.DEBUG,
                    "{0} on collection ''{1}'' failed: {2} ({3})",
                    query.operation().configName(),
                    query.collection(),
                    error.message(),
                    e.getClass().getSimpleName());
            return new NodeOutcome.Fail(error);
        }
    }

    private Object operate(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        return switch (query.operation()) {
            case FIND_ONE -> ReadOperations.findOne(collection, request, budget);
            case FIND_MANY -> ReadOperations.findMany(collection, request, budget);
            case COUNT -> ReadOperations.count(collection, request, budget);
            case AGGREGATE -> ReadOperations.aggregate(collection, request, budget);
            case INSERT_ONE -> WriteOperations.insertOne(collection, request);
            case INSERT_MANY -> WriteOperations.insertMany(collection, request, budget);
            case UPDATE_ONE -> WriteOperations.update(collection, request, false);
            case UPDATE_MANY -> WriteOperations.update(collection, request, true);
            case DELETE_ONE -> WriteOperations.delete(collection, request, false);
            case DELETE_MANY -> WriteOperations.delete(collection, request, true);
        };
    }
}
