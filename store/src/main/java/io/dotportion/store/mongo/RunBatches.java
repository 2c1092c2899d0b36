package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import io.dotportion.core.port.ExecutionQuery;
import io.dotportion.core.port.ExecutionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** The execution log's runs, in {@link RunBatchDocuments} (many runs per document). */
final class RunBatches {
    /** Characters of run text per document at most (UTF-8 needs at most 3 bytes a char: under MongoDB's 16 MiB). */
    static final int MAX_TEXT_CHARS = 4_000_000;

    private static final int CURSOR_BATCH = 16;
    private final MongoCollection<Document> batches;
    private final int maxTextChars;

    RunBatches(MongoCollection<Document> batches, int maxTextChars) {
        this.batches = batches;
        this.maxTextChars = maxTextChars;
    }

    /**
     * One unordered insert of one document per (project, start second) of these runs, split further so that
     * no document's text passes {@code maxTextChars} (a single larger run goes alone). A document already stored (the same batch written
     * again) is skipped.
     */
    void insert(List<ExecutionRecord> runs) {
        if (runs.isEmpty()) {
            return;
        }
        Map<String, Map<Instant, List<ExecutionRecord>>> grouped = new LinkedHashMap<>();
        for (ExecutionRecord run : runs) {
            grouped.computeIfAbsent(run.projectId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(RunBatchDocuments.second(run.startedAt()), s -> new ArrayList<>())
                    .add(run);
        }
        List<Document> docs = new ArrayList<>();
        grouped.forEach(
                (project, bySecond) -> bySecond.forEach((second, group) -> split(project, second, group, docs)));
        try {
            batches.insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyDuplicates =
                    e.getWriteErrors().stream().allMatch(error -> error.getCode() == Conflicts.DUPLICATE_KEY);
            if (!onlyDuplicates || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    private void split(String project, Instant second, List<ExecutionRecord> group, List<Document> out) {
        List<ExecutionRecord> runs = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        long chars = 0;
        for (ExecutionRecord run : group) {
            String text = RunBatchDocuments.runText(run);
            if (!runs.isEmpty() && chars + text.length() > maxTextChars) {
                out.add(RunBatchDocuments.toDocument(project, second, runs, texts));
                runs = new ArrayList<>();
                texts = new ArrayList<>();
                chars = 0;
            }
            runs.add(run);
            texts.add(text);
            chars += text.length() + 1;
        }
        out.add(RunBatchDocuments.toDocument(project, second, runs, texts));
    }

    /**
     * Adds to {@code newestFirst} (already sorted, newest first) the runs passing {@code query} that belong among
     * the newest {@code query.limit()}, walking documents newest second first and stopping once no later one can.
     */
    List<ExecutionRecord> mergeNewest(List<ExecutionRecord> newestFirst, String projectId, ExecutionQuery query) {
        int limit = query.limit();
        List<ExecutionRecord> out = new ArrayList<>(newestFirst);
        try (MongoCursor<Document> cursor = batches.find(filter(projectId, query))
                .sort(Sorts.descending(RunBatchDocuments.SECOND, "_id"))
                .batchSize(CURSOR_BATCH)
                .iterator()) {
            while (cursor.hasNext()) {
                Document doc = cursor.next();
                Instant end = doc.getDate(RunBatchDocuments.SECOND).toInstant().plusSeconds(1);
                if (out.size() >= limit && !end.isAfter(out.get(limit - 1).startedAt())) {
                    break; // every run of this and later documents started before the limit-th kept one
                }
                out.addAll(RunBatchDocuments.runs(doc, id -> true, query::matches));
                out.sort(ExecutionOrder.NEWEST_FIRST);
                if (out.size() > limit) {
                    out.subList(limit, out.size()).clear();
                }
            }
        }
        return out;
    }

    /** The run with this id: its id carries the second it started in, which names the documents to look in. */
    Optional<ExecutionRecord> byId(String projectId, ObjectId id) {
        Instant second = Instant.ofEpochSecond(id.getTimestamp());
        String hex = id.toHexString();
        Bson near = and(
                eq(RunBatchDocuments.PROJECT, projectId),
                gte(RunBatchDocuments.SECOND, Date.from(second)),
                lte(RunBatchDocuments.SECOND, Date.from(second.plusSeconds(2))));
        for (Document doc : batches.find(near)) {
            List<ExecutionRecord> found = RunBatchDocuments.runs(doc, hex::equals);
            if (!found.isEmpty()) {
                return Optional.of(found.getFirst());
            }
        }
        return Optional.empty();
    }

    /** Deletes the documents whose runs all started before {@code cutoff}; returns how many runs. */
    long deleteStartedBefore(Instant cutoff) {
        Bson old = lte(RunBatchDocuments.SECOND, Date.from(cutoff.minusSeconds(1)));
        long runs = 0;
        for (Document doc : batches.find(old).projection(Projections.include(RunBatchDocuments.COUNT))) {
            runs += RunBatchDocuments.count(doc);
        }
        batches.deleteMany(old);
        return runs;
    }

    /** Deletes every document of a project; returns how many runs they held. */
    long deleteProject(String projectId) {
        Bson project = eq(RunBatchDocuments.PROJECT, projectId);
        long runs = 0;
        for (Document doc : batches.find(project).projection(Projections.include(RunBatchDocuments.COUNT))) {
            runs += RunBatchDocuments.count(doc);
        }
        batches.deleteMany(project);
        return runs;
    }

    /**
     * The documents that may hold a run passing {@code query}: the project and the seconds its start range and
     * page key allow (served by the {@code projectId, second, _id} index), holding the workflow and the status
     * asked for. Version, kind and HTTP status are not on the document: its runs are checked one by one.
     */
    private static Bson filter(String projectId, ExecutionQuery query) {
        List<Bson> filters = new ArrayList<>(6);
        filters.add(eq(RunBatchDocuments.PROJECT, projectId));
        if (query.workflowId() != null) {
            filters.add(eq(RunBatchDocuments.WORKFLOWS, query.workflowId()));
        }
        if (query.status() != null) {
            filters.add(eq(RunBatchDocuments.STATUSES, query.status()));
        }
        if (query.from() != null) {
            filters.add(gte(RunBatchDocuments.SECOND, Date.from(RunBatchDocuments.second(query.from()))));
        }
        if (query.to() != null) {
            filters.add(lt(RunBatchDocuments.SECOND, Date.from(query.to())));
        }
        if (query.after() != null) {
            filters.add(lte(
                    RunBatchDocuments.SECOND,
                    Date.from(RunBatchDocuments.second(query.after().startedAt()))));
        }
        return and(filters);
    }
}
