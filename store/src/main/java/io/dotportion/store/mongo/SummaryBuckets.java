package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.dotportion.core.port.ExecutionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** The summary runs of the execution log, in {@link SummaryDocuments} (many runs per document). */
final class SummaryBuckets {
    private static final int CURSOR_BATCH = 64;
    private final MongoCollection<Document> buckets;

    SummaryBuckets(MongoCollection<Document> buckets) {
        this.buckets = buckets;
    }

    /** One unordered insert of one document per (project, start second) of these runs. */
    void insert(List<ExecutionRecord> runs) {
        if (runs.isEmpty()) {
            return;
        }
        Map<String, Map<Instant, List<ExecutionRecord>>> grouped = new LinkedHashMap<>();
        for (ExecutionRecord run : runs) {
            grouped.computeIfAbsent(run.projectId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(SummaryDocuments.second(run.startedAt()), s -> new ArrayList<>()).add(run);
        }
        List<Document> docs = new ArrayList<>();
        grouped.forEach((project, bySecond) -> bySecond.forEach((second, group) ->
                docs.add(SummaryDocuments.toDocument(project, second, group))));
        buckets.insertMany(docs, new InsertManyOptions().ordered(false));
    }

    /**
     * Adds to {@code newestFirst} (already sorted, newest first) the matching summaries that belong among the
     * newest {@code limit}, walking documents newest second first and stopping once no later one can.
     */
    List<ExecutionRecord> mergeNewest(List<ExecutionRecord> newestFirst, String projectId, String workflowId,
                                      String status, int limit) {
        List<ExecutionRecord> out = new ArrayList<>(newestFirst);
        try (MongoCursor<Document> cursor = buckets.find(filter(projectId, workflowId, status))
                .sort(Sorts.descending(SummaryDocuments.SECOND, "_id")).batchSize(CURSOR_BATCH).iterator()) {
            while (cursor.hasNext()) {
                Document doc = cursor.next();
                Instant end = doc.getDate(SummaryDocuments.SECOND).toInstant().plusSeconds(1);
                if (out.size() >= limit && !end.isAfter(out.get(limit - 1).startedAt())) {
                    break; // every run of this and later documents started before the limit-th kept one
                }
                for (ExecutionRecord run : SummaryDocuments.runs(doc)) {
                    if (matches(run, workflowId, status)) {
                        out.add(run);
                    }
                }
                out.sort(ExecutionOrder.NEWEST_FIRST);
                if (out.size() > limit) {
                    out.subList(limit, out.size()).clear();
                }
            }
        }
        return out;
    }

    /** The summary with this id: its id carries the second it started in, which names the documents to look in. */
    Optional<ExecutionRecord> byId(String projectId, ObjectId id) {
        Instant second = Instant.ofEpochSecond(id.getTimestamp());
        String hex = id.toHexString();
        Bson near = and(eq(SummaryDocuments.PROJECT, projectId), gte(SummaryDocuments.SECOND, Date.from(second)),
                lte(SummaryDocuments.SECOND, Date.from(second.plusSeconds(2))));
        for (Document doc : buckets.find(near)) {
            for (ExecutionRecord run : SummaryDocuments.runs(doc)) {
                if (hex.equals(run.id())) {
                    return Optional.of(run);
                }
            }
        }
        return Optional.empty();
    }

    /** Deletes the documents whose runs all started before {@code cutoff}; returns how many runs. */
    long deleteStartedBefore(Instant cutoff) {
        Bson old = lte(SummaryDocuments.SECOND, Date.from(cutoff.minusSeconds(1)));
        long runs = 0;
        for (Document doc : buckets.find(old).projection(Projections.include(SummaryDocuments.COUNT))) {
            runs += doc.getInteger(SummaryDocuments.COUNT, 0);
        }
        buckets.deleteMany(old);
        return runs;
    }

    private static Bson filter(String projectId, String workflowId, String status) {
        List<Bson> filters = new ArrayList<>(3);
        filters.add(eq(SummaryDocuments.PROJECT, projectId));
        if (workflowId != null) {
            filters.add(eq(SummaryDocuments.WORKFLOWS, workflowId));
        }
        if (status != null) {
            filters.add(eq(SummaryDocuments.STATUSES, status));
        }
        return and(filters);
    }

    private static boolean matches(ExecutionRecord run, String workflowId, String status) {
        return (workflowId == null || workflowId.equals(run.workflowId()))
                && (status == null || Objects.equals(status, run.status()));
    }
}
