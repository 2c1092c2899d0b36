package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

class SchemaChecksTest {
    private static final DataSchema SCHEMA = SchemaReader.read(Map.of(
                    "required", List.of("title"),
                    "properties",
                            Map.of(
                                    "title", Map.of("type", "string"),
                                    "owner", Map.of("type", "objectId"),
                                    "due", Map.of("type", List.of("date", "null")),
                                    "score", Map.of("type", "number", "maximum", 10),
                                    "count", Map.of("type", "integer"),
                                    "labels", Map.of("type", "array", "maxItems", 3),
                                    "notes", Map.of("type", "array", "items", Map.of("type", "string", "maxLength", 5)),
                                    "address",
                                            Map.of(
                                                    "type",
                                                    "object",
                                                    "required",
                                                    List.of("city"),
                                                    "additionalProperties",
                                                    false,
                                                    "properties",
                                                    Map.of("city", Map.of("type", "string"))))))
            .schema();

    private static List<String> document(Map<String, Object> doc) {
        List<FieldError> errors = new ArrayList<>();
        DocumentCheck.object(SCHEMA.document(), doc, "", errors);
        return errors.stream().map(e -> e.field() + ": " + e.reason()).toList();
    }

    private static List<String> update(Map<String, Object> update) {
        List<FieldError> errors = new ArrayList<>();
        UpdateCheck.check(SCHEMA.document(), update, errors);
        return errors.stream().map(e -> e.field() + ": " + e.reason()).toList();
    }

    @Test
    void bson_and_json_forms_of_ids_dates_and_decimals_are_accepted() {
        assertThat(document(Map.of(
                        "title",
                        "a",
                        "owner",
                        new ObjectId(),
                        "due",
                        new Date(),
                        "score",
                        new Decimal128(new BigDecimal("9.5")))))
                .isEmpty();
        assertThat(document(Map.of(
                        "title",
                        "a",
                        "owner",
                        Map.of("$oid", new ObjectId().toHexString()),
                        "due",
                        Map.of("$date", "2025-01-01T00:00:00Z"),
                        "count",
                        3.0)))
                .isEmpty();
        assertThat(document(Map.of("title", "a", "owner", new ObjectId().toHexString(), "due", "2025-01-01T00:00:00Z")))
                .isEmpty();
        Map<String, Object> nullDue = new java.util.HashMap<>(Map.of("title", "a"));
        nullDue.put("due", null);
        assertThat(document(nullDue)).isEmpty();
    }

    @Test
    void wrong_values_are_reported_each_with_its_path() {
        assertThat(document(Map.of(
                        "owner",
                        "nope",
                        "due",
                        "tomorrow",
                        "score",
                        11,
                        "count",
                        1.5,
                        "notes",
                        List.of("ok", "too long"),
                        "address",
                        Map.of("street", "x"))))
                .containsExactlyInAnyOrder(
                        "title: is required",
                        "owner: must be of type objectId",
                        "due: must be of type date or null",
                        "score: must be at most 10",
                        "count: must be of type integer",
                        "notes[1]: must be at most 5 characters long",
                        "address.city: is required",
                        "address.street: is not allowed: the schema allows no other fields");
    }

    @Test
    void update_operators_are_checked_against_the_fields_they_touch() {
        assertThat(update(Map.of(
                        "$set",
                        Map.of("address.city", "Oslo", "notes.0", "hi", "title", "b"),
                        "$inc",
                        Map.of("count", 2),
                        "$push",
                        Map.of("notes", Map.of("$each", List.of("a", "b"))),
                        "$currentDate",
                        Map.of("due", true))))
                .isEmpty();
        assertThat(update(Map.of(
                        "$set", Map.of("address.zip", "1", "title.x", 1),
                        "$inc", Map.of("score", 1, "title", 1, "count", 0.5),
                        "$push", Map.of("labels", "x", "notes", "far too long"),
                        "$unset", Map.of("title", ""),
                        "$rename", Map.of("owner", "boss"),
                        "$currentDate", Map.of("title", true),
                        "$bit", Map.of("count", Map.of("and", 1)))))
                .containsExactlyInAnyOrder(
                        "address.zip: is not allowed: the schema allows no other fields",
                        "title.x: is inside a field that is not an object or array",
                        "score: has bounds: change it with $set",
                        "title: is not a number",
                        "count: must be changed by a whole number",
                        "labels: has maxItems: change it with $set",
                        "notes[]: must be at most 5 characters long",
                        "title: is required and cannot be removed",
                        "owner: is declared in the schema and cannot be renamed",
                        "title: is not a date",
                        "$bit: is not supported on a collection with a schema");
    }

    @Test
    void a_set_on_a_bson_update_document_is_checked_like_a_map() {
        assertThat(update(new Document("$set", new Document("score", "high"))))
                .containsExactly("score: must be of type number");
    }

    @Test
    void a_catastrophic_pattern_stops_at_its_budget_and_reports_the_value_unchecked() {
        DataSchema evil = SchemaReader.read(Map.of("properties", Map.of("v", Map.of("pattern", "^(a+)+$"))))
                .schema();
        List<FieldError> errors = new ArrayList<>();
        DocumentCheck.object(evil.document(), Map.of("v", "a".repeat(5_000) + "!"), "", errors);

        assertThat(errors)
                .containsExactly(
                        new FieldError("v", "could not be checked against its pattern within the matching limit"));
    }

    @Test
    void unique_fields_are_the_top_level_fields_marked_unique() {
        DataSchema schema = SchemaReader.read(
                        Map.of("properties", Map.of("email", Map.of("unique", true), "name", Map.of("unique", false))))
                .schema();
        assertThat(schema.uniqueFields()).containsExactly("email");
    }
}
