package io.dotportion.server.support;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.store.mongo.MongoExecutionStore;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Runs put straight into a platform's execution log (so that a test controls their start times): packed, as
 * the log writer stores them, or one document each in {@code executions}, as runs logged before packing were.
 */
public final class LoggedRuns {
    private final MongoDatabase platformDb;
    private final MongoExecutionStore store;

    public LoggedRuns(MongoDatabase platformDb) {
        this.platformDb = platformDb;
        this.store = new MongoExecutionStore(platformDb);
    }

    /** A summary run with its id made at its start, as the server makes them. */
    public static ExecutionRecord run(
            String projectId,
            String workflowId,
            int version,
            String kind,
            String status,
            int httpStatus,
            Instant startedAt) {
        return new ExecutionRecord(
                new ObjectId(Date.from(startedAt)).toHexString(),
                projectId,
                workflowId,
                version,
                kind,
                status,
                httpStatus,
                "error".equals(status) ? "EXECUTION_FAILED" : null,
                "GET",
                "/runs",
                0.5,
                startedAt,
                List.of(),
                ExecutionRecord.Kept.SUMMARY,
                null);
    }

    public void packed(List<ExecutionRecord> runs) {
        store.insertAll(runs);
    }

    /** One document per run in the layout used before packing (read back kept in full, with an empty trace). */
    public void single(List<ExecutionRecord> runs) {
        platformDb
                .getCollection("executions")
                .insertMany(runs.stream()
                        .map(r -> new Document("_id", new ObjectId(r.id()))
                                .append("projectId", r.projectId())
                                .append("workflowId", r.workflowId())
                                .append("version", r.version())
                                .append("kind", r.kind())
                                .append("status", r.status())
                                .append("httpStatus", r.httpStatus())
                                .append("errorCode", r.errorCode())
                                .append("method", r.method())
                                .append("path", r.path())
                                .append("durationMs", r.durationMs())
                                .append("startedAt", Date.from(r.startedAt()))
                                .append("trace", "[]"))
                        .toList());
    }
}
