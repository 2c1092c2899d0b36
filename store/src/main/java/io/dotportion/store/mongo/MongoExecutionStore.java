package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.port.ExecutionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Execution logs in the {@code executions} collection. */
public final class MongoExecutionStore implements ExecutionStore {
    private final MongoCollection<Document> executions;

    public MongoExecutionStore(MongoDatabase db) {
        this.executions = db.getCollection(PlatformIndexes.EXECUTIONS);
    }

    /**
     * Inserts every record; a record without id gets a new one, a record whose id is already stored is
     * skipped (so a retried batch does not fail). Ids must be ObjectId hex strings.
     */
    @Override
    public void insertAll(List<ExecutionRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Document> docs = records.stream().map(ExecutionDocuments::toDocument).toList();
        try {
            executions.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates = e.getWriteErrors().stream().allMatch(error -> error.getCode() == Conflicts.DUPLICATE_KEY);
            if (!onlyDuplicates || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    /** Newest first (by start time, then id); {@code workflowId} and {@code status} filter when not null. */
    @Override
    public List<ExecutionRecord> list(String projectId, String workflowId, String status, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("projectId", projectId));
        if (workflowId != null) {
            filters.add(eq("workflowId", workflowId));
        }
        if (status != null) {
            filters.add(eq("status", status));
        }
        return executions.find(and(filters)).sort(Sorts.descending("startedAt", "_id")).limit(limit)
                .map(ExecutionDocuments::toRecord).into(new ArrayList<>());
    }

    @Override
    public Optional<ExecutionRecord> byId(String projectId, String id) {
        return Ids.parse(id)
                .map(oid -> executions.find(and(eq("_id", oid), eq("projectId", projectId))).first())
                .map(ExecutionDocuments::toRecord);
    }

    @Override
    public long deleteStartedBefore(Instant cutoff) {
        return executions.deleteMany(lt("startedAt", Times.toDate(cutoff))).getDeletedCount();
    }
}
