package io.dotportion.store.mongo;

import io.dotportion.core.port.ExecutionRecord;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** Execution records for store tests. */
public final class ExecutionFixtures {
    private ExecutionFixtures() {}

    public static ExecutionRecord record(
            String id, String projectId, String workflowId, String status, Instant startedAt) {
        return new ExecutionRecord(
                id,
                projectId,
                workflowId,
                1,
                "deployed",
                status,
                "ok".equals(status) ? 200 : 500,
                "ok".equals(status) ? null : "EXECUTION_FAILED",
                "GET",
                "/hello",
                1.5,
                startedAt,
                trace(),
                ExecutionRecord.Kept.FULL,
                null);
    }

    /** A successful deployed run kept as a summary, with an id carrying its start second (as the server makes them). */
    public static ExecutionRecord summary(String projectId, String workflowId, Instant startedAt) {
        return new ExecutionRecord(
                idAt(startedAt),
                projectId,
                workflowId,
                3,
                "deployed",
                "ok",
                201,
                null,
                "POST",
                "/orders/7",
                0.75,
                startedAt,
                List.of(),
                ExecutionRecord.Kept.SUMMARY,
                null);
    }

    /**
     * A run with every field a listing filters on given, its id made at its start; kept in full with an empty
     * trace, so that it reads back the same from either layout (one document per run had no summaries).
     */
    public static ExecutionRecord run(
            String projectId,
            String workflowId,
            int version,
            String kind,
            String status,
            int httpStatus,
            Instant startedAt) {
        return new ExecutionRecord(
                idAt(startedAt),
                projectId,
                workflowId,
                version,
                kind,
                status,
                httpStatus,
                "ok".equals(status) ? null : "EXECUTION_FAILED",
                "GET",
                "/runs",
                0.5,
                startedAt,
                List.of(),
                ExecutionRecord.Kept.FULL,
                null);
    }

    /** An execution id made at this moment. */
    public static String idAt(Instant moment) {
        return new ObjectId(Date.from(moment)).toHexString();
    }

    /** A trace whose user data has keys MongoDB refuses as field names. */
    public static List<Map<String, Object>> trace() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("$set", Map.of("a.b", 1));
        input.put("plain", List.of(1, "two", true));
        input.put("none", null);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("nodeId", "db");
        entry.put("type", "database");
        entry.put("status", "ok");
        entry.put("durationMs", 0.25);
        entry.put("input", input);
        entry.put("output", Map.of("user.name", "ada"));
        entry.put("error", null);
        return List.of(entry);
    }
}
