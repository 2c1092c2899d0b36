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
import org.bson.types.ObjectId;

/**
 * Execution logs: runs kept in full are one document each in {@code executions}; summary runs (no trace) are
 * packed many to a document in {@code executionSummaries} ({@link SummaryDocuments}). Listing merges both,
 * newest first.
 */
public final class MongoExecutionStore implements ExecutionStore {
    private final MongoCollection<Document> executions;
    private final SummaryBuckets summaries;

    public MongoExecutionStore(MongoDatabase db) {
        this.executions = db.getCollection(PlatformIndexes.EXECUTIONS);
        this.summaries = new SummaryBuckets(db.getCollection(PlatformIndexes.EXECUTION_SUMMARIES));
    }

    /**
     * Inserts every record, each kind in one unordered insert; a record without id gets a new one. A full
     * record whose id is already stored is skipped (so a retried batch does not fail). Ids must be ObjectId
     * hex strings.
     */
    @Override
    public void insertAll(List<ExecutionRecord> records) {
        List<Document> docs = new ArrayList<>(records.size());
        List<ExecutionRecord> summaryRuns = new ArrayList<>();
        for (ExecutionRecord record : records) {
            if (record.full()) {
                docs.add(ExecutionDocuments.toDocument(record));
            } else {
                summaryRuns.add(record);
            }
        }
        insertFull(docs);
        summaries.insert(summaryRuns);
    }

    private void insertFull(List<Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
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
        List<ExecutionRecord> full = executions.find(and(filters)).sort(Sorts.descending("startedAt", "_id"))
                .limit(limit).map(ExecutionDocuments::toRecord).into(new ArrayList<>());
        return summaries.mergeNewest(full, projectId, workflowId, status, limit);
    }

    @Override
    public Optional<ExecutionRecord> byId(String projectId, String id) {
        Optional<ObjectId> parsed = Ids.parse(id);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Document full = executions.find(and(eq("_id", parsed.get()), eq("projectId", projectId))).first();
        return full != null ? Optional.of(ExecutionDocuments.toRecord(full)) : summaries.byId(projectId, parsed.get());
    }

    /** Deletes full runs started before {@code cutoff} and summary documents whose runs all did; returns how many runs. */
    @Override
    public long deleteStartedBefore(Instant cutoff) {
        return executions.deleteMany(lt("startedAt", Times.toDate(cutoff))).getDeletedCount()
                + summaries.deleteStartedBefore(cutoff);
    }
}
