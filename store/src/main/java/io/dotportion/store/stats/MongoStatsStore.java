package io.dotportion.store.stats;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import io.dotportion.core.port.StatsBucket;
import io.dotportion.core.port.StatsCounts;
import io.dotportion.core.port.StatsGranularity;
import io.dotportion.core.port.StatsStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Stats buckets in the {@code stats} collection, one document per (project, workflow, granularity, start),
 * unique on those four fields. Every write is a single-document {@code $inc} upsert: atomic without
 * transactions, on a real MongoDB and on the embedded store alike.
 */
public final class MongoStatsStore implements StatsStore {
    static final String COLLECTION = "stats";
    static final String INDEX = "stats_projectId_workflowId_granularity_start";
    private static final int UPSERT_ATTEMPTS = 3;

    private final MongoCollection<Document> stats;

    public MongoStatsStore(MongoDatabase database) {
        this.stats = database.getCollection(COLLECTION);
        stats.createIndex(
                Indexes.ascending("projectId", "workflowId", "granularity", "start"),
                new IndexOptions().unique(true).name(INDEX));
    }

    @Override
    public void add(String projectId, String workflowId, Instant at, StatsCounts counts) {
        if (counts.isEmpty()) {
            return;
        }
        Document increments = StatsDocuments.increments(counts);
        for (StatsGranularity granularity : StatsGranularity.values()) {
            upsert(key(projectId, workflowId, granularity, granularity.start(at)), increments);
        }
    }

    @Override
    public void deleteProject(String projectId) {
        stats.deleteMany(eq("projectId", projectId));
    }

    @Override
    public List<StatsBucket> buckets(
            String projectId, String workflowId, StatsGranularity granularity, Instant from, Instant to) {
        List<Bson> filters = new ArrayList<>(List.of(
                eq("projectId", projectId),
                eq("granularity", granularity.label()),
                gte("start", Date.from(from)),
                lt("start", Date.from(to))));
        if (workflowId != null) {
            filters.add(eq("workflowId", workflowId));
        }
        return stats.find(and(filters))
                .sort(Sorts.ascending("start", "workflowId"))
                .map(doc -> StatsDocuments.bucket(doc, granularity))
                .into(new ArrayList<>());
    }

    /** Two first writers of one bucket may race on the unique index: the loser retries as an update. */
    private void upsert(Bson key, Document increments) {
        for (int attempt = 1; ; attempt++) {
            try {
                stats.updateOne(key, new Document("$inc", increments), new UpdateOptions().upsert(true));
                return;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || attempt == UPSERT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Bson key(String projectId, String workflowId, StatsGranularity granularity, Instant start) {
        return and(
                eq("projectId", projectId),
                eq("workflowId", workflowId),
                eq("granularity", granularity.label()),
                eq("start", Date.from(start)));
    }
}
