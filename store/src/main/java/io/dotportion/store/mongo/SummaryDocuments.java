package io.dotportion.store.mongo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Summary records (no trace) packed many to a document: one document per project and start second per
 * write, holding its runs as one compact JSON text ({@code [[id, workflowId, version, kind, status,
 * httpStatus, errorCode, method, path, durationMs, startedAtMillis], ...]}). A store that pays per document
 * and per index key (the embedded one compares index keys by serializing them) pays once per batch instead
 * of once per run. {@code workflowIds} and {@code statuses} let a filtered listing skip whole documents.
 */
final class SummaryDocuments {
    static final String PROJECT = "projectId";
    static final String SECOND = "second";
    static final String WORKFLOWS = "workflowIds";
    static final String STATUSES = "statuses";
    static final String COUNT = "count";
    static final String RUNS = "runs";

    private SummaryDocuments() {
    }

    /** The start second a run is filed under. */
    static Instant second(Instant startedAt) {
        return startedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** One document for runs of one project filed under one second. */
    static Document toDocument(String projectId, Instant second, List<ExecutionRecord> runs) {
        Set<String> workflows = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        for (ExecutionRecord run : runs) {
            workflows.add(run.workflowId());
            statuses.add(run.status());
        }
        return new Document("_id", new ObjectId())
                .append(PROJECT, projectId)
                .append(SECOND, Date.from(second))
                .append(WORKFLOWS, new ArrayList<>(workflows))
                .append(STATUSES, new ArrayList<>(statuses))
                .append(COUNT, runs.size())
                .append(RUNS, write(runs));
    }

    static List<ExecutionRecord> runs(Document doc) {
        String projectId = doc.getString(PROJECT);
        try (JsonParser p = Json.mapper().createParser(doc.getString(RUNS))) {
            List<ExecutionRecord> out = new ArrayList<>(doc.getInteger(COUNT, 16));
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                out.add(run(p, projectId));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("stored execution summaries cannot be read", e);
        }
    }

    /** The id a summary is stored with: its own, else a new one carrying its start time (so it is found by id). */
    static String idOf(ExecutionRecord run) {
        if (run.id() == null) {
            return new ObjectId(Date.from(run.startedAt())).toHexString();
        }
        if (!ObjectId.isValid(run.id())) {
            throw new IllegalArgumentException("an execution id must be 24 hex digits");
        }
        return run.id().toLowerCase(java.util.Locale.ROOT);
    }

    private static String write(List<ExecutionRecord> runs) {
        StringWriter text = new StringWriter(runs.size() * 128);
        try (JsonGenerator g = Json.mapper().createGenerator(text)) {
            g.writeStartArray();
            for (ExecutionRecord run : runs) {
                g.writeStartArray();
                g.writeString(idOf(run));
                g.writeString(run.workflowId());
                if (run.version() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(run.version());
                }
                g.writeString(run.kind());
                g.writeString(run.status());
                g.writeNumber(run.httpStatus());
                g.writeString(run.errorCode());
                g.writeString(run.method());
                g.writeString(run.path());
                g.writeNumber(run.durationMs());
                g.writeNumber(run.startedAt().toEpochMilli());
                g.writeEndArray();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static ExecutionRecord run(JsonParser p, String projectId) throws IOException {
        String id = text(p);
        String workflowId = text(p);
        Integer version = p.nextToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
        String kind = text(p);
        String status = text(p);
        p.nextToken();
        int httpStatus = p.getIntValue();
        String errorCode = text(p);
        String method = text(p);
        String path = text(p);
        p.nextToken();
        double durationMs = p.getDoubleValue();
        p.nextToken();
        Instant startedAt = Instant.ofEpochMilli(p.getLongValue());
        expect(p.nextToken(), JsonToken.END_ARRAY);
        return new ExecutionRecord(id, projectId, workflowId, version, kind, status, httpStatus, errorCode, method,
                path, durationMs, startedAt, List.of(), ExecutionRecord.Kept.SUMMARY);
    }

    private static String text(JsonParser p) throws IOException {
        return p.nextToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("unexpected " + actual);
        }
    }
}
