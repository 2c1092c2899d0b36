package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.InsertManyResult;
import com.mongodb.client.result.UpdateResult;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeFailure;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** insertOne, insertMany, updateOne/Many and deleteOne/Many, with their small result objects. */
final class WriteOperations {

    private WriteOperations() {}

    static Object insertOne(MongoCollection<Document> collection, QueryRequest request) {
        Object id = BsonValues.toPlain(
                collection.insertOne(request.documents().getFirst()).getInsertedId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("insertedId", id);
        return Collections.unmodifiableMap(out);
    }

    /** Refuses more than {@link QueryBudget#maxDocuments()} documents in one call, before writing any. */
    static Object insertMany(MongoCollection<Document> collection, QueryRequest request, QueryBudget budget) {
        List<Document> documents = request.documents();
        if (documents.size() > budget.maxDocuments()) {
            throw new NodeFailure(new NodeError(
                    ErrorCode.INVALID_REQUEST,
                    "too many documents to insert",
                    List.of(new FieldError("data", "at most " + budget.maxDocuments() + " documents per insertMany"))));
        }
        List<Object> ids = new ArrayList<>(documents.size());
        if (!documents.isEmpty()) {
            InsertManyResult result = collection.insertMany(documents);
            new TreeMap<>(result.getInsertedIds()).values().forEach(id -> ids.add(BsonValues.toPlain(id)));
        }
        return Map.of("insertedIds", Collections.unmodifiableList(ids), "insertedCount", ids.size());
    }

    static Object update(MongoCollection<Document> collection, QueryRequest request, boolean many) {
        UpdateResult result = many
                ? collection.updateMany(request.filter(), request.update())
                : collection.updateOne(request.filter(), request.update());
        return Map.of("matched", result.getMatchedCount(), "modified", result.getModifiedCount());
    }

    static Object delete(MongoCollection<Document> collection, QueryRequest request, boolean many) {
        DeleteResult result = many ? collection.deleteMany(request.filter()) : collection.deleteOne(request.filter());
        return Map.of("deleted", result.getDeletedCount());
    }
}
