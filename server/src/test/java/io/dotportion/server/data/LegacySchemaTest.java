package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

/** Schemas of the first format (field-level unique, date and objectId types) read as standard JSON Schema. */
class LegacySchemaTest {
    private static final String OLD = """
            {"required": ["email"], "properties": {
              "email": {"type": "string", "unique": true, "format": "anything"},
              "owner": {"type": "objectId"},
              "due": {"type": ["date", "null"]},
              "either": {"type": ["string", "date"]},
              "tags": {"type": "array", "items": {"type": "objectId"}},
              "address": {"type": "object", "properties": {"since": {"type": "date"}}}}}
            """;

    @Test
    void the_first_format_becomes_the_standard_one() {
        Map<String, Object> migrated = LegacySchema.migrate((Map<?, ?>) Json.parse(OLD), true);

        assertThat(Json.parse(Json.write(migrated))).isEqualTo(Json.parse("""
                {"required": ["email"], "x-unique": ["email"], "properties": {
                  "email": {"type": "string"},
                  "owner": {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"},
                  "due": {"type": ["null", "string"], "format": "date-time"},
                  "either": {"type": "string"},
                  "tags": {"type": "array", "items": {"type": "string", "pattern": "^[0-9a-fA-F]{24}$"}},
                  "address": {"type": "object", "properties": {"since": {"type": "string", "format": "date-time"}}}}}
                """));
    }

    @Test
    void only_a_schema_using_the_first_formats_words_counts_as_old() {
        assertThat(LegacySchema.is((Map<?, ?>) Json.parse(OLD), false)).isTrue();
        assertThat(LegacySchema.is(
                        Map.of("properties", Map.of("a", Map.of("type", "string", "format", "email"))), true))
                .isFalse();
        assertThat(LegacySchema.is(Map.of("properties", Map.of("a", Map.of("items", Map.of("type", "date")))), false))
                .isTrue();
        assertThat(LegacySchema.is(Map.of("properties", Map.of("a", Map.of("format", "anything"))), true))
                .isTrue();
        assertThat(LegacySchema.is(Map.of("properties", Map.of("a", Map.of("format", "anything"))), false))
                .isFalse();
    }

    @Test
    void a_stored_old_schema_still_checks_documents_as_it_did() {
        SchemaCompiler.Read read = new SchemaCompiler().stored(Json.parse(OLD));
        assertThat(read.problems()).isEmpty();
        CollectionSchema schema = read.schema();

        assertThat(schema.uniqueFields()).containsExactly("email");
        assertThat(schema.checkDocument(
                        Map.of(
                                "email",
                                "a",
                                "owner",
                                new ObjectId(),
                                "due",
                                new Date(),
                                "tags",
                                List.of(new ObjectId())),
                        ""))
                .isEmpty();
        assertThat(schema.checkDocument(Map.of("owner", "nope", "due", "tomorrow", "tags", List.of("x")), ""))
                .extracting(e -> e.field())
                .containsExactlyInAnyOrder("email", "owner", "due", "tags[0]");
    }

    @Test
    void an_old_schema_saved_again_is_accepted_and_given_back_in_the_standard_form() {
        SchemaCompiler.Read read = new SchemaCompiler().read(Json.parse(OLD.replace("\"anything\"", "\"email\"")));

        assertThat(read.problems()).isEmpty();
        assertThat(read.schema().source()).containsEntry("x-unique", List.of("email"));
        assertThat(Json.write(read.schema().source()))
                .doesNotContain("objectId")
                .doesNotContain("\"unique\"");
    }

    @Test
    void an_old_schema_saved_again_keeps_a_format_the_standard_knows() {
        SchemaCompiler.Read read = new SchemaCompiler().read(Json.parse(OLD.replace("\"anything\"", "\"email\"")));

        assertThat(read.problems()).isEmpty();
        assertThat(((Map<?, ?>) ((Map<?, ?>) read.schema().source().get("properties")).get("email")).get("format"))
                .isEqualTo("email");
    }

    @Test
    void an_old_schema_saved_with_a_nested_unique_or_an_unknown_format_is_refused_as_before() {
        assertThat(new SchemaCompiler().read(Json.parse("""
                                {"properties": {"a": {"type": "date", "unique": true},
                                  "b": {"type": "object", "properties": {"c": {"unique": true}}},
                                  "d": {"type": "string", "format": "phone"}}}
                                """)).problems())
                .extracting(p -> p.get("path"))
                .containsExactlyInAnyOrder("properties.b.properties.c.unique", "properties.d.format");
    }

    @Test
    void a_stored_schema_naming_another_draft_is_read_without_it_as_the_first_format_ignored_it() {
        SchemaCompiler.Read stored = new SchemaCompiler()
                .stored(Map.of("$schema", "http://json-schema.org/draft-07/schema#", "required", List.of("a")));

        assertThat(stored.problems()).isEmpty();
        assertThat(stored.schema().source()).doesNotContainKey("$schema");
        assertThat(stored.schema().checkDocument(Map.of(), "")).hasSize(1);
    }
}
