package io.dotportion.server.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schemas that leave the supported subset are refused when saved, each problem with its path. */
class SchemaSubsetTest {
    private static List<String> problems(String json) {
        SchemaCompiler.Read read = new SchemaCompiler().read(Json.parse(json));
        assertThat(read.schema() == null).isEqualTo(!read.problems().isEmpty());
        return read.problems().stream()
                .map(p -> p.get("path") + ": " + p.get("message"))
                .toList();
    }

    private static List<String> paths(String json) {
        return problems(json).stream().map(p -> p.substring(0, p.indexOf(": "))).toList();
    }

    @Test
    void a_schema_of_the_subset_compiles() {
        assertThat(problems("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "People", "type": "object",
                 "x-unique": ["email"], "required": ["email"], "minProperties": 1,
                 "properties": {"email": {"type": "string", "format": "email", "maxLength": 320},
                   "tags": {"type": "array", "items": {"$ref": "#/$defs/tag"}, "uniqueItems": true},
                   "any": true, "never": false},
                 "$defs": {"tag": {"type": "string", "enum": ["a", "b"], "description": "a tag"}}}
                """)).isEmpty();
    }

    @Test
    void every_keyword_outside_the_subset_is_listed() {
        assertThat(paths("""
                {"$id": "https://example.com/people", "if": {}, "then": {},
                 "properties": {"a": {"type": "text"}, "b": {"type": "integer", "minimum": 5, "maximum": 1},
                   "c": {"type": "object", "properties": {"d": {"unique": true}}}, "e": {"pattern": "(unclosed"},
                   "f": {"typo": 1}, "g": {"oneOf": [{"type": "string"}]}, "h": {"format": "regex"},
                   "i": {"type": "text"}, "j": {"minLength": -1}, "k": {"$schema": "x"}, "$l": {}, "m.n": {}},
                 "x-unique": ["missing"]}
                """))
                .containsExactlyInAnyOrder(
                        "$id",
                        "if",
                        "then",
                        "properties.a.type",
                        "properties.b.minimum",
                        "properties.c.properties.d.unique",
                        "properties.e.pattern",
                        "properties.f.typo",
                        "properties.g.oneOf",
                        "properties.h.format",
                        "properties.i.type",
                        "properties.j.minLength",
                        "properties.k.$schema",
                        "properties.$l",
                        "properties.m.n",
                        "x-unique");
    }

    @Test
    void references_are_local_to_the_schema_and_nothing_is_fetched() {
        assertThat(problems("""
                {"properties": {
                  "a": {"$ref": "https://example.com/schemas/address.json"},
                  "b": {"$ref": "other.json#/$defs/x"},
                  "c": {"$ref": "#/$defs/missing"},
                  "d": {"$ref": "#/properties/a"},
                  "e": {"$ref": "file:///etc/passwd"},
                  "f": {"$ref": "classpath:logback.xml"}}, "$defs": {}}
                """))
                .containsExactly(
                        "properties.a.$ref: only references inside the schema, such as #/$defs/address, are allowed"
                                + " (nothing is fetched)",
                        "properties.b.$ref: only references inside the schema, such as #/$defs/address, are allowed"
                                + " (nothing is fetched)",
                        "properties.c.$ref: refers to missing, which $defs does not define",
                        "properties.d.$ref: only references inside the schema, such as #/$defs/address, are allowed"
                                + " (nothing is fetched)",
                        "properties.e.$ref: only references inside the schema, such as #/$defs/address, are allowed"
                                + " (nothing is fetched)",
                        "properties.f.$ref: only references inside the schema, such as #/$defs/address, are allowed"
                                + " (nothing is fetched)");
    }

    @Test
    void another_draft_is_refused_with_the_supported_one_named() {
        assertThat(problems("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}"))
                .containsExactly("$schema: only draft 2020-12 is supported: remove $schema or set it to "
                        + SchemaSubset.DIALECT);
    }

    @Test
    void patterns_whose_matching_time_can_explode_are_refused_with_the_platforms_regex_rules() {
        assertThat(problems("""
                {"properties": {"a": {"pattern": "^(a+)+$"}, "b": {"pattern": "(a|aa)*"}, "c": {"pattern": "(x)\\\\1"},
                  "d": {"pattern": "^[a-z]+$"}}, "$defs": {"e": {"pattern": "(b*)*"}}}
                """))
                .extracting(p -> p.substring(0, p.indexOf(": ")))
                .containsExactlyInAnyOrder(
                        "properties.a.pattern", "properties.b.pattern", "properties.c.pattern", "$defs.e.pattern");
        assertThat(problems("{\"properties\": {\"a\": {\"pattern\": \"" + "a".repeat(513) + "\"}}}"))
                .containsExactly("properties.a.pattern: a regular expression may have at most 512 characters");
    }

    @Test
    void unique_fields_must_be_distinct_top_level_fields() {
        assertThat(problems("{\"properties\": {\"a\": {}}, \"x-unique\": [\"a\", \"a\"]}"))
                .containsExactly("x-unique: must be a list of at most 20 distinct field names");
        assertThat(problems("{\"properties\": {\"a\": {\"x-unique\": [\"a\"]}}}"))
                .containsExactly("properties.a.x-unique: is allowed at the top of the schema only");
        assertThat(new SchemaCompiler()
                        .read(Map.of("properties", Map.of("email", Map.of()), "x-unique", List.of("email")))
                        .schema()
                        .uniqueFields())
                .containsExactly("email");
    }

    @Test
    void a_schema_must_be_an_object_and_not_nest_without_end() {
        assertThat(problems("[1]")).containsExactly(": the schema must be an object");
        String deep = "{\"properties\": {\"a\": ".repeat(12) + "{}" + "}}".repeat(12);
        assertThat(problems(deep)).singleElement().asString().contains("nests deeper than");
    }
}
