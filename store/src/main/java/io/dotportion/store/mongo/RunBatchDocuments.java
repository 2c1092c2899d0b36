package io.dotportion.store.mongo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Logged runs packed many to a document: one document per project and start second per write, holding its
 * runs as one JSON text, each run an array {@code [id, workflowId, version, kind, status, httpStatus,
 * errorCode, method, path, durationMs, startedAtMillis, trace]} where {@code trace} is the redacted trace of a
 * run kept in full, {@code null} for a summary, and for an aggregate of successful runs an object {@code {"count",
 * "totalMs", "minMs", "maxMs", "lastStartedAt"}} (its {@code durationMs} their mean, {@code startedAtMillis} the
 * first one's start). {@code count} is the number of runs the document stands for. A store that pays per document and per index key (the
 * embedded one compares index keys by serializing them) pays once per batch instead of once per run; the text
 * also keeps user data whose keys start with {@code $} or hold dots out of field names. {@code workflowIds}
 * and {@code statuses} let a filtered listing skip whole documents. The document's id is its first run's id,
 * so a batch written twice is refused as a duplicate instead of stored twice.
 */
final class RunBatchDocuments {
    static final String PROJECT = "projectId";
    static final String SECOND = "second";
    static final String WORKFLOWS = "workflowIds";
    static final String STATUSES = "statuses";
    static final String COUNT = "count";
    static final String RUNS = "runs";
    /** Reads one trace in the middle of the runs' text: what follows it is the rest of the array, not trailing junk. */
    private static final ObjectReader TRACE = Json.mapper()
            .readerFor(new TypeReference<List<Map<String, Object>>>() {})
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private RunBatchDocuments() {}

    /** The start second a run is filed under. */
    static Instant second(Instant startedAt) {
        return startedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** One run as its JSON array text (its id made when it had none). */
    static String runText(ExecutionRecord run) {
        StringWriter text = new StringWriter(run.full() ? 1024 : 128);
        try (JsonGenerator g = Json.mapper().createGenerator(text)) {
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
            if (run.full()) {
                g.writeObject(run.trace());
            } else if (run.aggregate() != null) {
                ExecutionRecord.Aggregate a = run.aggregate();
                g.writeStartObject();
                g.writeNumberField("count", a.count());
                g.writeNumberField("totalMs", a.totalMs());
                g.writeNumberField("minMs", a.minMs());
                g.writeNumberField("maxMs", a.maxMs());
                g.writeNumberField("lastStartedAt", a.lastStartedAt().toEpochMilli());
                g.writeEndObject();
            } else {
                g.writeNull();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** One document for runs of one project filed under one second, given as their texts. */
    static Document toDocument(String projectId, Instant second, List<ExecutionRecord> runs, Collection<String> texts) {
        Set<String> workflows = new LinkedHashSet<>();
        Set<String> statuses = new LinkedHashSet<>();
        long count = 0;
        for (ExecutionRecord run : runs) {
            workflows.add(run.workflowId());
            statuses.add(run.status());
            count += run.runs();
        }
        return new Document("_id", new ObjectId(idOf(runs.getFirst())))
                .append(PROJECT, projectId)
                .append(SECOND, Date.from(second))
                .append(WORKFLOWS, new ArrayList<>(workflows))
                .append(STATUSES, new ArrayList<>(statuses))
                .append(COUNT, count)
                .append(RUNS, "[" + String.join(",", texts) + "]");
    }

    /** How many runs a document stands for (an int in documents written before aggregates, a long since). */
    static long count(Document doc) {
        Object count = doc.get(COUNT);
        return count instanceof Number n ? n.longValue() : 0;
    }

    /** The runs of a document that pass {@code wanted} (tried on each run's id before its trace is read). */
    static List<ExecutionRecord> runs(Document doc, Predicate<String> wanted) {
        return runs(doc, wanted, run -> true);
    }

    /**
     * The runs of a document whose id passes {@code wantedId} and whose summary (the run without its trace)
     * passes {@code wanted}; the trace of any other run is skipped unread.
     */
    static List<ExecutionRecord> runs(Document doc, Predicate<String> wantedId, Predicate<ExecutionRecord> wanted) {
        String projectId = doc.getString(PROJECT);
        try (JsonParser p = Json.mapper().createParser(doc.getString(RUNS))) {
            List<ExecutionRecord> out = new ArrayList<>();
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_ARRAY) {
                String id = text(p);
                if (!wantedId.test(id)) {
                    skipRestOfRun(p);
                    continue;
                }
                ExecutionRecord summary = summary(p, id, projectId);
                if (wanted.test(summary)) {
                    out.add(withTrace(p, summary));
                } else {
                    skipRestOfRun(p);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("stored execution runs cannot be read", e);
        }
    }

    /** The id a run is stored with: its own, else a new one carrying its start time (so it is found by id). */
    static String idOf(ExecutionRecord run) {
        if (run.id() == null) {
            return new ObjectId(Date.from(run.startedAt())).toHexString();
        }
        if (!ObjectId.isValid(run.id())) {
            throw new IllegalArgumentException("an execution id must be 24 hex digits");
        }
        return run.id().toLowerCase(Locale.ROOT);
    }

    /** The fields after the id up to the trace, as a summary (the parser is left before the trace). */
    private static ExecutionRecord summary(JsonParser p, String id, String projectId) throws IOException {
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
        return new ExecutionRecord(
                id,
                projectId,
                workflowId,
                version,
                kind,
                status,
                httpStatus,
                errorCode,
                method,
                path,
                durationMs,
                startedAt,
                List.of(),
                ExecutionRecord.Kept.SUMMARY,
                null);
    }

    /** The run with its trace read (kept in full), an aggregate, or the summary itself when no trace was kept. */
    private static ExecutionRecord withTrace(JsonParser p, ExecutionRecord s) throws IOException {
        JsonToken token = p.nextToken();
        if (token == JsonToken.START_OBJECT) {
            ExecutionRecord.Aggregate aggregate = aggregate(p);
            expect(p.nextToken(), JsonToken.END_ARRAY);
            return new ExecutionRecord(
                    s.id(),
                    s.projectId(),
                    s.workflowId(),
                    s.version(),
                    s.kind(),
                    s.status(),
                    s.httpStatus(),
                    s.errorCode(),
                    s.method(),
                    s.path(),
                    s.durationMs(),
                    s.startedAt(),
                    List.of(),
                    ExecutionRecord.Kept.AGGREGATE,
                    aggregate);
        }
        List<Map<String, Object>> trace = token == JsonToken.VALUE_NULL ? null : TRACE.readValue(p);
        expect(p.nextToken(), JsonToken.END_ARRAY);
        return trace == null
                ? s
                : new ExecutionRecord(
                        s.id(),
                        s.projectId(),
                        s.workflowId(),
                        s.version(),
                        s.kind(),
                        s.status(),
                        s.httpStatus(),
                        s.errorCode(),
                        s.method(),
                        s.path(),
                        s.durationMs(),
                        s.startedAt(),
                        trace,
                        ExecutionRecord.Kept.FULL,
                        null);
    }

    /** An aggregate's object, the parser on its start; left on its end. */
    private static ExecutionRecord.Aggregate aggregate(JsonParser p) throws IOException {
        long count = 0;
        double totalMs = 0;
        double minMs = 0;
        double maxMs = 0;
        long last = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "count" -> count = p.getLongValue();
                case "totalMs" -> totalMs = p.getDoubleValue();
                case "minMs" -> minMs = p.getDoubleValue();
                case "maxMs" -> maxMs = p.getDoubleValue();
                case "lastStartedAt" -> last = p.getLongValue();
                default -> p.skipChildren();
            }
        }
        return new ExecutionRecord.Aggregate(count, totalMs, minMs, maxMs, Instant.ofEpochMilli(last));
    }

    /** Skips the fields after the id, the trace without reading it. */
    private static void skipRestOfRun(JsonParser p) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
        }
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
