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

    private ReadOperations() {}

    /** The first matching document, or null. */
    static Object findOne(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        Document found = find(collection, request, budget).limit(1).first();
        return found == null ? null : BsonValues.toPlain(found);
    }

    /**
     * The matching documents. With an {@code options.limit} within the result cap, at most that many; otherwise
     * more than {@link QueryBudget#maxDocuments()} matches is a failure naming the cap, never a silent cut.
     */
    static Object findMany(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        boolean explicit = request.limit() > 0 && request.limit() <= budget.maxDocuments();
        int read = explicit ? request.limit() : budget.maxDocuments() + 1;
        List<Object> found =
                plainList(find(collection, request, budget).limit(read).batchSize(Math.min(read, 1000)));
        return budget.withinCap(
                found,
                "the query matched more than " + budget.maxDocuments()
                        + " documents, the result cap: set options.limit (at most " + budget.maxDocuments()
                        + ") or narrow the filter");
    }

    static Object count(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        CountOptions options = new CountOptions()
                .maxTime(budget.maxTimeMs(), TimeUnit.MILLISECONDS)
                .skip(request.skip());
        if (request.limit() > 0) {
            options.limit(request.limit());
        }
        return Map.of("count", collection.countDocuments(request.filter(), options));
    }

    /**
     * The pipeline's output; more than {@link QueryBudget#maxDocuments()} documents is a failure naming the cap
     * (a final {@code $limit} stage of one more than the cap tells).
     */
    static Object aggregate(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        List<Document> stages = new ArrayList<>(request.pipeline());
        int read = budget.maxDocuments() + 1;
        stages.add(new Document("$limit", read));
        List<Object> out = plainList(collection
                .aggregate(stages)
                .maxTime(budget.maxTimeMs(), TimeUnit.MILLISECONDS)
                .batchSize(Math.min(read, 1000)));
        return budget.withinCap(
                out,
                "the pipeline returned more than " + budget.maxDocuments()
                        + " documents, the result cap: end it with a $limit stage of at most " + budget.maxDocuments());
    }

    private static FindIterable<Document> find(
            MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        FindIterable<Document> find = collection
                .find(request.filter())
                .maxTime(budget.maxTimeMs(), TimeUnit.MILLISECONDS)
                .skip(request.skip());
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
        return out;
    }
}
