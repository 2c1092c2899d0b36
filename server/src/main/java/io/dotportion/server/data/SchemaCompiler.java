package io.dotportion.server.data;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and compiles collection schemas with the JSON Schema validator (draft 2020-12): checks the subset first
 * ({@link SchemaSubset}), reads the first format as standard ({@link LegacySchema}), then compiles once. The
 * validator can load no resource (no network, no files, no class path), asserts {@code format}s, and matches
 * {@code pattern}s with {@link BoundedPatterns}.
 */
final class SchemaCompiler {
    private final SchemaRegistry registry;

    /** A compiled schema, or every problem of the JSON given. */
    record Read(CollectionSchema schema, List<Map<String, String>> problems) {}

    SchemaCompiler() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(new BoundedPatterns())
                .preloadSchema(true)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder ->
                        builder.schemaRegistryConfig(config).resourceLoaders(loaders -> loaders.values(List::clear)));
    }

    /** A schema being saved: every rule applies. */
    Read read(Object raw) {
        return read(raw, true);
    }

    /** A stored schema: patterns saved before the platform's regex rules stay (they run under their budget). */
    Read stored(Object raw) {
        return read(raw, false);
    }

    private Read read(Object raw, boolean checkRegexRules) {
        SchemaProblems problems = new SchemaProblems();
        if (!(raw instanceof Map<?, ?> given)) {
            problems.add("", "the schema must be an object");
            return new Read(null, problems.list());
        }
        boolean stored = !checkRegexRules;
        Map<String, Object> source = LegacySchema.is(given, stored) ? LegacySchema.migrate(given, stored) : copy(given);
        if (stored && source.containsKey("$schema") && !SchemaSubset.isDialect(source.get("$schema"))) {
            source.remove("$schema"); // the first format took any $schema and ignored it
        }
        SchemaSubset.check(source, problems, checkRegexRules);
        if (!problems.isEmpty()) {
            return new Read(null, problems.list());
        }
        try {
            return new Read(new CollectionSchema(source, compile(source), this::compile), List.of());
        } catch (SchemaException | IllegalArgumentException e) {
            problems.add("", "the schema could not be compiled");
            return new Read(null, problems.list());
        }
    }

    /** Compiles a schema that passed the subset check (or, in tests, any schema: it still loads nothing). */
    Schema compile(Object schema) {
        Object given = schema;
        if (schema instanceof Map<?, ?> map && map.containsKey(UniqueFields.KEYWORD)) {
            Map<String, Object> standard = copy(map);
            standard.remove(UniqueFields.KEYWORD);
            given = standard;
        }
        return registry.getSchema(JsonValues.node(given));
    }

    private static Map<String, Object> copy(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }
}
