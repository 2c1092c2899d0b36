package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.dotportion.core.port.ExecutionQuery;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.port.ExecutionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Execution logs: runs are packed many to a document in {@code executionBatches} ({@link RunBatchDocuments}),
 * kept in full or as summaries. {@code executions} holds the runs logged one document each before that
 * layout: they are still listed, found and expired, and nothing new is written there. Listing merges both,
 * newest first.
 */
public final class MongoExecutionStore implements ExecutionStore {
    private final MongoCollection<Document> executions;
    private final RunBatches batches;

    public MongoExecutionStore(MongoDatabase db) {
        this.executions = db.getCollection(PlatformIndexes.EXECUTIONS);
        this.batches = new RunBatches(db.getCollection(PlatformIndexes.EXECUTION_BATCHES), RunBatches.MAX_TEXT_CHARS);
    }

    /**
     * Inserts every record with one unordered insert (one document per project and start second); a record
     * without id gets a new one, and a batch written again is not stored twice. Ids must be ObjectId hex
     * strings, made at the run's start (they are found by the second they carry).
     */
    @Override
    public void insertAll(List<ExecutionRecord> records) {
        batches.insert(records);
    }

    /** Newest first (by start time, then id): the runs of both layouts that pass {@code query}. */
    @Override
    public List<ExecutionRecord> list(String projectId, ExecutionQuery query) {
        List<ExecutionRecord> older = executions
                .find(SingleRunFilter.of(projectId, query))
                .sort(Sorts.descending("startedAt", "_id"))
                .limit(query.limit())
                .map(ExecutionDocuments::toRecord)
                .into(new ArrayList<>());
        return batches.mergeNewest(older, projectId, query);
    }

    @Override
    public Optional<ExecutionRecord> byId(String projectId, String id) {
        Optional<ObjectId> parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Optional<ExecutionRecord> batched = batches.byId(projectId, parsed.get());
        if (batched.isPresent()) {
            return batched;
        }
        Document older = executions
                .find(and(eq("_id", parsed.get()), eq("projectId", projectId)))
                .first();
        return Optional.ofNullable(older).map(ExecutionDocuments::toRecord);
    }

    /** Deletes runs started before {@code cutoff} (a packed document once all its runs did); returns how many runs. */
    @Override
    public long deleteStartedBefore(Instant cutoff) {
        return executions.deleteMany(lt("startedAt", Times.toDate(cutoff))).getDeletedCount()
                + batches.deleteStartedBefore(cutoff);
    }

    @Override
    public long deleteProject(String projectId) {
        return executions.deleteMany(eq("projectId", projectId)).getDeletedCount() + batches.deleteProject(projectId);
    }
}
