package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Update operators against the schema of the fields they touch, without reading the stored documents. */
class UpdateCheckTest {
    private static final CollectionSchema SCHEMA = SchemaChecksTest.compile("""
            {"type": "object", "required": ["title", "address"],
             "properties": {
               "title": {"type": "string", "minLength": 1},
               "due": {"type": "string", "format": "date-time"},
               "score": {"type": "number", "maximum": 10},
               "count": {"type": "integer"},
               "total": {},
               "labels": {"type": "array", "maxItems": 3},
               "notes": {"type": "array", "items": {"type": "string", "maxLength": 5}},
               "steps": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/step"}},
               "address": {"type": "object", "required": ["city"], "additionalProperties": false,
                 "properties": {"city": {"type": "string"}, "zip": {"type": "string", "pattern": "^[0-9]{4}$"}}}},
             "$defs": {"step": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}
            """);

    private static List<String> update(Map<String, Object> update) {
        List<FieldError> errors = new ArrayList<>();
        UpdateCheck.check(SCHEMA, update, errors);
        return errors.stream().map(e -> e.field() + ": " + e.reason()).toList();
    }

    @Test
    void operators_that_keep_to_the_schema_pass() {
        assertThat(update(Map.of(
                        "$set",
                        Map.of("address.city", "Oslo", "address.zip", "0150", "notes.0", "hi", "steps.1.name", "b"),
                        "$inc",
                        Map.of("count", 2, "total", 0.5),
                        "$push",
                        Map.of("notes", Map.of("$each", List.of("a", "b"))),
                        "$unset",
                        Map.of("address.zip", "", "undeclared", ""),
                        "$currentDate",
                        Map.of("due", true))))
                .isEmpty();
    }

    @Test
    void a_set_of_a_nested_field_is_checked_against_that_fields_schema() {
        assertThat(update(Map.of(
                        "$set",
                        Map.of(
                                "address.zip",
                                "12",
                                "address.city",
                                5,
                                "address.street",
                                "x",
                                "steps.0",
                                Map.of(),
                                "address",
                                Map.of("zip", "1234")))))
                .containsExactlyInAnyOrder(
                        "address.zip: must match the pattern ^[0-9]{4}$",
                        "address.city: must be of type string",
                        "address.street: is not allowed: the schema allows no other fields",
                        "steps.0.name: is required",
                        "address.city: is required");
    }

    @Test
    void an_unset_of_a_required_field_is_refused_at_any_depth() {
        assertThat(update(Map.of("$unset", Map.of("title", "", "address.city", ""))))
                .containsExactlyInAnyOrder(
                        "title: is required and cannot be removed", "address.city: is required and cannot be removed");
    }

    @Test
    void an_inc_is_refused_on_a_string_a_bounded_number_and_with_a_fraction_for_an_integer() {
        assertThat(update(Map.of("$inc", Map.of("title", 1, "score", 1, "count", 0.5, "total", "x"))))
                .containsExactlyInAnyOrder(
                        "title: is not a number",
                        "score: has bounds: change it with $set",
                        "count: must be changed by a whole number",
                        "total: must be changed by a number");
        assertThat(update(Map.of("$mul", Map.of("title", 2)))).containsExactly("title: is not a number");
    }

    @Test
    void array_operators_need_an_array_without_the_size_they_could_break_and_check_each_item() {
        assertThat(update(Map.of(
                        "$push", Map.of("labels", "x", "notes", "far too long", "title", "x"),
                        "$addToSet", Map.of("steps", Map.of("$each", List.of(Map.of("name", "a"), Map.of()))),
                        "$pull", Map.of("steps", Map.of("name", "a")),
                        "$pop", Map.of("notes", 1))))
                .containsExactlyInAnyOrder(
                        "labels: has maxItems: change it with $set",
                        "notes[]: must be at most 5 characters long",
                        "title: is not an array",
                        "steps[].name: is required",
                        "steps: has minItems: change it with $set");
    }

    @Test
    void renames_current_dates_on_other_fields_and_unknown_operators_are_refused() {
        assertThat(update(Map.of(
                        "$rename", Map.of("title", "name", "free", "other"),
                        "$currentDate", Map.of("count", true),
                        "$set", Map.of("title.x", 1),
                        "$bit", Map.of("count", Map.of("and", 1)))))
                .containsExactlyInAnyOrder(
                        "title: is declared in the schema and cannot be renamed",
                        "count: does not take a date",
                        "title.x: is inside a field that is not an object or array",
                        "$bit: is not supported on a collection with a schema");
    }

    @Test
    void a_set_on_a_bson_update_document_is_checked_like_a_map() {
        assertThat(update(new Document("$set", new Document("score", "high"))))
                .containsExactly("score: must be of type number");
    }
}
