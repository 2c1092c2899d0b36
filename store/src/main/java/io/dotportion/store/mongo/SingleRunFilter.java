package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import io.dotportion.core.port.ExecutionKey;
import io.dotportion.core.port.ExecutionQuery;
import java.util.ArrayList;
import java.util.List;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * An {@link ExecutionQuery} as a filter on the runs logged one document each ({@link ExecutionDocuments}):
 * the project and start range are served by the {@code projectId, startedAt, _id} index, the rest are
 * checked on the documents it finds. Nothing is written there any more, so it needs no other index.
 */
final class SingleRunFilter {
    private SingleRunFilter() {}

    static Bson of(String projectId, ExecutionQuery query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("projectId", projectId));
        equal(filters, "workflowId", query.workflowId());
        equal(filters, "version", query.version());
        equal(filters, "status", query.status());
        equal(filters, "kind", query.kind());
        if (query.httpStatus() != null) {
            filters.add(gte("httpStatus", query.httpStatus().min()));
            filters.add(lte("httpStatus", query.httpStatus().max()));
        }
        if (query.from() != null) {
            filters.add(gte("startedAt", Times.toDate(query.from())));
        }
        if (query.to() != null) {
            filters.add(lt("startedAt", Times.toDate(query.to())));
        }
        if (query.after() != null) {
            filters.add(olderThan(query.after()));
        }
        return and(filters);
    }

    /** Strictly after the key in the log's order: an earlier start, or the same start and a smaller id. */
    private static Bson olderThan(ExecutionKey key) {
        var startedAt = Times.toDate(key.startedAt());
        return or(lt("startedAt", startedAt), and(eq("startedAt", startedAt), lt("_id", new ObjectId(key.id()))));
    }

    private static void equal(List<Bson> filters, String field, Object value) {
        if (value != null) {
            filters.add(eq(field, value));
        }
    }
}
