package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.value.Json;
import java.math.BigDecimal;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Whole documents against a standard JSON Schema: every failing field, with its path and a readable reason. */
class SchemaChecksTest {
    private static final CollectionSchema SCHEMA = compile("""
            {"$schema": "https://json-schema.org/draft/2020-12/schema",
             "type": "object", "required": ["title"], "additionalProperties": false,
             "properties": {
               "title": {"type": "string", "minLength": 2, "maxLength": 20},
               "owner": {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"},
               "due": {"type": ["string", "null"], "format": "date-time"},
               "score": {"type": "number", "maximum": 10, "exclusiveMinimum": 0},
               "count": {"type": "integer", "multipleOf": 2},
               "kind": {"enum": ["task", "bug"]},
               "version": {"const": 1},
               "email": {"type": "string", "format": "email"},
               "labels": {"type": "array", "maxItems": 3, "uniqueItems": true},
               "notes": {"type": "array", "minItems": 1, "items": {"type": "string", "maxLength": 5}},
               "address": {"$ref": "#/$defs/address"},
               "meta": {"type": "object", "additionalProperties": {"type": "integer"}}},
             "$defs": {"address": {"type": "object", "required": ["city"], "additionalProperties": false,
               "properties": {"city": {"type": "string"},
                 "geo": {"type": "object", "required": ["lat"], "properties": {"lat": {"type": "number"}}}}}}}
            """);

    static CollectionSchema compile(String json) {
        SchemaCompiler.Read read = new SchemaCompiler().read(Json.parse(json));
        assertThat(read.problems()).isEmpty();
        return read.schema();
    }

    private static List<String> check(Map<String, Object> document) {
        return SCHEMA.checkDocument(document, "").stream()
                .map(e -> e.field() + ": " + e.reason())
                .toList();
    }

    @Test
    void a_document_that_follows_the_schema_passes_in_its_bson_and_json_forms() {
        assertThat(check(Map.of(
                        "title",
                        "ab",
                        "owner",
                        new ObjectId(),
                        "due",
                        new Date(),
                        "score",
                        new Decimal128(new BigDecimal("9.5")),
                        "count",
                        4.0,
                        "address",
                        Map.of("city", "Oslo", "geo", Map.of("lat", 59.9)))))
                .isEmpty();
        assertThat(check(Map.of(
                        "title",
                        "ab",
                        "owner",
                        Map.of("$oid", new ObjectId().toHexString()),
                        "due",
                        Map.of("$date", "2025-01-01T00:00:00Z"),
                        "_id",
                        new ObjectId())))
                .isEmpty();
        Map<String, Object> nullDue = new HashMap<>(Map.of("title", "ab"));
        nullDue.put("due", null);
        assertThat(check(nullDue)).isEmpty();
    }

    @Test
    void every_failing_field_is_listed_with_its_path_and_a_reason_a_person_understands() {
        assertThat(check(Map.ofEntries(
                        Map.entry("owner", "nope"),
                        Map.entry("due", "tomorrow"),
                        Map.entry("score", 11),
                        Map.entry("count", 3),
                        Map.entry("kind", "epic"),
                        Map.entry("version", 2),
                        Map.entry("email", "not an address"),
                        Map.entry("labels", List.of("a", "a")),
                        Map.entry("notes", List.of("ok", "too long", 3)),
                        Map.entry("address", Map.of("street", "x", "geo", Map.of())),
                        Map.entry("meta", Map.of("views", "many")),
                        Map.entry("extra", true))))
                .containsExactlyInAnyOrder(
                        "title: is required",
                        "owner: must match the pattern ^[0-9a-fA-F]{24}$",
                        "due: must be a date and time (ISO 8601, such as 2025-01-31T12:00:00Z)",
                        "score: must be at most 10",
                        "count: must be a multiple of 2",
                        "kind: must be one of: task, bug",
                        "version: must be 1",
                        "email: must be an email address",
                        "labels: must not repeat an item",
                        "notes[1]: must be at most 5 characters long",
                        "notes[2]: must be of type string",
                        "address.city: is required",
                        "address.street: is not allowed: the schema allows no other fields",
                        "address.geo.lat: is required",
                        "meta.views: must be of type integer",
                        "extra: is not allowed: the schema allows no other fields");
    }

    @Test
    void types_lengths_and_bounds_are_reported_in_words() {
        assertThat(check(Map.of("title", "x", "score", 0, "notes", List.of(), "due", 5)))
                .containsExactlyInAnyOrder(
                        "title: must be at least 2 characters long",
                        "score: must be greater than 0",
                        "notes: must have at least 1 items",
                        "due: must be of type string or null");
        assertThat(check(Map.of("title", "a".repeat(21), "labels", List.of(1, 2, 3, 4))))
                .containsExactlyInAnyOrder(
                        "title: must be at most 20 characters long", "labels: must have at most 3 items");
        assertThat(check(Map.of("title", 12, "count", 1.5, "score", Double.NaN)))
                .containsExactlyInAnyOrder(
                        "title: must be of type string",
                        "count: must be of type integer",
                        "count: must be a multiple of 2",
                        "score: must be of type number");
    }

    @Test
    void no_reason_names_a_java_class_or_the_library() {
        List<FieldError> errors = SCHEMA.checkDocument(Map.of("title", List.of(), "address", "x", "meta", 1), "");

        assertThat(errors)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.reason())
                        .doesNotContain("java")
                        .doesNotContain("networknt")
                        .doesNotContain("Exception")
                        .doesNotContain("$."));
    }

    @Test
    void a_catastrophic_pattern_stored_before_the_rules_stops_at_its_budget_and_reports_the_value_unchecked() {
        SchemaCompiler.Read read =
                new SchemaCompiler().stored(Map.of("properties", Map.of("v", Map.of("pattern", "^(a+)+$"))));
        assertThat(read.problems()).isEmpty();

        assertThat(read.schema().checkDocument(Map.of("v", "a".repeat(5_000) + "!"), ""))
                .containsExactly(
                        new FieldError("v", "could not be checked against its pattern within the matching limit"));
        assertThat(read.schema().checkDocument(Map.of("v", "b".repeat(BoundedPatterns.MAX_INPUT + 1)), ""))
                .containsExactly(
                        new FieldError("v", "could not be checked against its pattern within the matching limit"));
        assertThat(read.schema().checkDocument(Map.of("v", "aaa"), "")).isEmpty();
    }

    @Test
    void a_pattern_matches_anywhere_in_the_value_as_json_schema_says() {
        CollectionSchema schema = compile("{\"properties\": {\"v\": {\"pattern\": \"es\"}}}");

        assertThat(schema.checkDocument(Map.of("v", "expression"), "")).isEmpty();
        assertThat(schema.checkDocument(Map.of("v", "nope"), "")).hasSize(1);
    }

    @Test
    void the_paths_of_a_document_in_a_batch_start_with_its_place() {
        assertThat(SCHEMA.checkDocument(Map.of("notes", List.of(1)), "data[2]"))
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("data[2].title", "data[2].notes[0]");
    }
}
