package io.dotportion.nodes.mongo;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/** findOne, findMany, count and aggregate, each bounded by {@code maxTimeMS} and the result cap. */
final class ReadOperations {

    private ReadOperations() {
    }

    /** The first matching document, or null. */
    static Object findOne(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        Document found = find(collection, request, budget).limit(1).first();
        return found == null ? null : BsonValues.toPlain(found);
    }

    /** The matching documents, at most {@link QueryBudget#maxDocuments()} of them (more are cut off). */
    static Object findMany(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        int limit = budget.cappedLimit(request.limit());
        return plainList(find(collection, request, budget).limit(limit).batchSize(Math.min(limit, 1000)));
    }

    static Object count(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        CountOptions options = new CountOptions().maxTime(budget.maxTimeMs(), TimeUnit.MILLISECONDS).skip(request.skip());
        if (request.limit() > 0) {
            options.limit(request.limit());
        }
        return Map.of("count", collection.countDocuments(request.filter(), options));
    }

    /** The pipeline's output, at most {@link QueryBudget#maxDocuments()} documents (a final $limit stage). */
    static Object aggregate(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        List<Document> stages = new ArrayList<>(request.pipeline());
        stages.add(new Document("$limit", budget.maxDocuments()));
        return plainList(collection.aggregate(stages).maxTime(budget.maxTimeMs(), TimeUnit.MILLISECONDS)
                .batchSize(Math.min(budget.maxDocuments(), 1000)));
    }

    private static FindIterable<Document> find(MongoCollection<Document> collection, QueryRequest request,
                                               QueryBudget budget) {
        FindIterable<Document> find = collection.find(request.filter())
                .maxTime(budget.maxTimeMs(), TimeUnit.MILLISECONDS).skip(request.skip());
        if (request.sort() != null) {
            find.sort(request.sort());
        }
        if (request.projection() != null) {
            find.projection(request.projection());
        }
        return find;
    }

    private static List<Object> plainList(Iterable<Document> documents) {
        List<Object> out = new ArrayList<>();
        for (Document document : documents) {
            out.add(BsonValues.toPlain(document));
        }
        return List.copyOf(out);
    }
}
