package io.dotportion.server.data;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.port.DataCollections;
import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.port.ManagedData;
import io.dotportion.nodes.mongo.DocumentValidator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces collection schemas (standard JSON Schema, {@link SchemaCompiler}) on writes, for {@code database} nodes
 * and the explorer alike. A schema is compiled once: the cache trusts an entry for {@code freshFor} (so a schema
 * saved through another instance applies within that time), then reads the stored JSON again and compiles it only
 * when it changed; saving here forgets the entry at once. Unique fields are checked with a query before writing
 * (a clear 400); the unique index stays the final guard against a race.
 */
public final class SchemaRules implements DocumentValidator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaRules.class);
    /** A write's failing fields listed at most (past it, one more entry says how many are not). */
    static final int MAX_LISTED = 100;

    private record Key(String projectId, String collection) {}

    private record Cached(Map<String, Object> raw, Optional<CollectionSchema> schema, Instant loadedAt) {}

    private final DataSchemaStore store;
    private final ManagedData data;
    private final Clock clock;
    private final Duration freshFor;
    private final int maxCached;
    private final SchemaCompiler compiler = new SchemaCompiler();
    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    public SchemaRules(DataSchemaStore store, ManagedData data, Clock clock, Duration freshFor, int maxCached) {
        this.store = store;
        this.data = data;
        this.clock = clock;
        this.freshFor = freshFor;
        this.maxCached = maxCached;
    }

    /** A schema about to be saved, compiled, or every problem of it. */
    SchemaCompiler.Read read(Object raw) {
        return compiler.read(raw);
    }

    Optional<CollectionSchema> schema(String projectId, String collection) {
        Key key = new Key(projectId, collection);
        Cached cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null && now.isBefore(cached.loadedAt().plus(freshFor))) {
            return cached.schema();
        }
        Map<String, Object> raw = store.find(projectId, collection).orElse(null);
        Optional<CollectionSchema> schema = cached != null && Objects.equals(cached.raw(), raw)
                ? cached.schema()
                : Optional.ofNullable(raw).map(r -> compileStored(projectId, r));
        if (cache.size() >= maxCached) {
            cache.clear();
        }
        cache.put(key, new Cached(raw, schema, now));
        return schema;
    }

    private CollectionSchema compileStored(String projectId, Map<String, Object> raw) {
        SchemaCompiler.Read read = compiler.stored(raw);
        if (read.schema() == null) {
            LOG.warn("the stored schema of a collection of project {} no longer reads; it is not enforced", projectId);
        }
        return read.schema();
    }

    /** Drops the cached schema of a collection (after it was saved or deleted). */
    public void forget(String projectId, String collection) {
        cache.remove(new Key(projectId, collection));
    }

    @Override
    public List<FieldError> check(String projectId, String collection, Write write) {
        Optional<CollectionSchema> schema = schema(projectId, collection);
        if (schema.isEmpty()) {
            return List.of();
        }
        DataCollections collections = data.forProject(projectId);
        List<FieldError> errors = new ArrayList<>();
        switch (write) {
            case Insert insert -> {
                List<Document> documents = insert.documents();
                Map<String, Set<Object>> seen = new HashMap<>();
                for (int i = 0; i < documents.size(); i++) {
                    String prefix = documents.size() == 1 ? "" : "data[" + i + "]";
                    errors.addAll(schema.get().checkDocument(documents.get(i), prefix));
                    unique(schema.get(), documents.get(i), prefix, seen, collections, collection, null, errors);
                }
            }
            case Update update -> {
                UpdateCheck.check(schema.get(), update.update(), errors);
                uniqueSets(schema.get(), update, collections, collection, errors);
            }
        }
        return capped(errors);
    }

    /** Every problem of a document the explorer is about to insert ({@code replacingId} null) or replace. */
    public List<FieldError> checkDocument(
            String projectId, String collection, Map<String, Object> document, String replacingId) {
        Optional<CollectionSchema> schema = schema(projectId, collection);
        if (schema.isEmpty()) {
            return List.of();
        }
        Map<String, Object> body = new HashMap<>(document);
        body.remove("_id");
        List<FieldError> errors = new ArrayList<>(schema.get().checkDocument(body, ""));
        unique(schema.get(), body, "", new HashMap<>(), data.forProject(projectId), collection, replacingId, errors);
        return capped(errors);
    }

    private static List<FieldError> capped(List<FieldError> errors) {
        if (errors.size() <= MAX_LISTED) {
            return errors;
        }
        List<FieldError> shown = new ArrayList<>(errors.subList(0, MAX_LISTED));
        shown.add(new FieldError("", (errors.size() - MAX_LISTED) + " more problems are not listed"));
        return shown;
    }

    private static void unique(
            CollectionSchema schema,
            Map<?, ?> document,
            String prefix,
            Map<String, Set<Object>> seen,
            DataCollections collections,
            String collection,
            String exceptId,
            List<FieldError> errors) {
        for (String field : schema.uniqueFields()) {
            Object value = document.get(field);
            if (value == null) {
                continue;
            }
            boolean repeated =
                    !seen.computeIfAbsent(field, f -> new HashSet<>()).add(key(value));
            Map<String, Object> filter = new HashMap<>();
            filter.put(field, value);
            if (exceptId != null) {
                filter.put("_id", Map.of("$ne", exceptId));
            }
            if (repeated || collections.anyMatch(collection, filter)) {
                errors.add(new FieldError(
                        prefix.isEmpty() ? field : prefix + "." + field,
                        "must be unique: another document has this value"));
            }
        }
    }

    private static void uniqueSets(
            CollectionSchema schema,
            Update update,
            DataCollections collections,
            String collection,
            List<FieldError> errors) {
        for (String operator : List.of("$set", "$setOnInsert")) {
            if (!(update.update().get(operator) instanceof Map<?, ?> set)) {
                continue;
            }
            for (String field : schema.uniqueFields()) {
                if (!set.containsKey(field) || set.get(field) == null) {
                    continue;
                }
                if (update.many()) {
                    errors.add(new FieldError(field, "is unique and cannot be set by updateMany"));
                } else if (collections.anyMatch(
                        collection, new Document(field, set.get(field)).append("$nor", List.of(update.filter())))) {
                    errors.add(new FieldError(field, "must be unique: another document has this value"));
                }
            }
        }
    }

    private static Object key(Object value) {
        var n = value instanceof Boolean ? null : SchemaNumbers.of(value);
        return n != null ? n.stripTrailingZeros() : value;
    }
}
