package io.dotportion.nodes.parameters;

import static io.dotportion.nodes.parameters.Run.errors;
import static io.dotportion.nodes.parameters.Run.field;
import static io.dotportion.nodes.parameters.Run.output;
import static io.dotportion.nodes.parameters.Run.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersTypesTest {
    private static final String ALL_TYPES = """
            {"s": {"type": "string"}, "n": {"type": "number"}, "i": {"type": "integer"}, "b": {"type": "boolean"},
             "o": {"type": "object"}, "a": {"type": "array"}, "e": {"type": "email"}, "any": {}}""";

    @Test
    void parameters_accept_every_type_from_a_json_body() {
        Map<String, Object> body = Map.of(
                "s",
                "text",
                "n",
                2.5,
                "i",
                7,
                "b",
                true,
                "o",
                Map.of("k", 1),
                "a",
                List.of(1, 2),
                "e",
                "ada@example.com",
                "any",
                List.of("x"));

        Map<String, Object> out =
                output(source("body", ALL_TYPES), FakeNodeContext.create().withBody(body));

        assertThat(out)
                .containsExactly(
                        Map.entry("s", "text"),
                        Map.entry("n", 2.5),
                        Map.entry("i", 7),
                        Map.entry("b", true),
                        Map.entry("o", Map.of("k", 1)),
                        Map.entry("a", List.of(1, 2)),
                        Map.entry("e", "ada@example.com"),
                        Map.entry("any", List.of("x")));
    }

    @Test
    void parameters_coerce_query_strings_to_their_types() {
        var query = Map.of("s", "5", "n", "1e3", "i", "5", "b", "true", "o", "{\"k\": 1}", "e", "a@b.io", "any", "x");
        String data = source("query", ALL_TYPES.replace("\"a\": {\"type\": \"array\"}, ", ""));

        Map<String, Object> out = output(data, FakeNodeContext.create().withQuery(query));

        assertThat(out)
                .containsEntry("s", "5")
                .containsEntry("n", 1000.0)
                .containsEntry("i", 5)
                .containsEntry("b", true)
                .containsEntry("o", Map.of("k", 1))
                .containsEntry("e", "a@b.io")
                .containsEntry("any", "x");
    }

    @Test
    void parameters_read_decimal_and_negative_numbers_from_text() {
        var query = Map.of("a", "2.5", "b", "-3", "c", "12345678901");
        String data = source(
                "query",
                "{\"a\": {\"type\": \"number\"}, \"b\": {\"type\": \"number\"}, \"c\": {\"type\": \"integer\"}}");

        assertThat(output(data, FakeNodeContext.create().withQuery(query)))
                .containsEntry("a", 2.5)
                .containsEntry("b", -3)
                .containsEntry("c", 12345678901L);
    }

    @Test
    void parameters_read_booleans_written_as_one_and_zero() {
        String data = source("query", "{\"on\": {\"type\": \"boolean\"}, \"off\": {\"type\": \"boolean\"}}");

        assertThat(output(data, FakeNodeContext.create().withQuery(Map.of("on", "1", "off", "FALSE"))))
                .containsEntry("on", true)
                .containsEntry("off", false);
    }

    @Test
    void parameters_refuse_text_that_is_not_an_integer() {
        String data = source(
                "query",
                "{\"a\": {\"type\": \"integer\"}, \"b\": {\"type\": \"integer\"}, "
                        + "\"c\": {\"type\": \"integer\"}, \"d\": {\"type\": \"integer\"}}");
        var query = Map.of("a", "5.5", "b", "abc", "c", "99999999999999999999", "d", " 5");

        assertThat(errors(data, FakeNodeContext.create().withQuery(query)))
                .containsExactly(
                        field("query.a", "must be an integer"),
                        field("query.b", "must be an integer"),
                        field("query.c", "must be an integer between -9223372036854775808 and 9223372036854775807"),
                        field("query.d", "must be an integer"));
    }

    @Test
    void parameters_refuse_text_that_is_not_a_number_or_a_boolean() {
        String data = source(
                "query",
                "{\"n\": {\"type\": \"number\"}, \"inf\": {\"type\": \"number\"}, "
                        + "\"b\": {\"type\": \"boolean\"}}");
        var query = Map.of("n", "NaN", "inf", "1e999", "b", "yes");

        assertThat(errors(data, FakeNodeContext.create().withQuery(query)))
                .containsExactly(
                        field("query.n", "must be a number"),
                        field("query.inf", "must be a finite number"),
                        field("query.b", "must be true or false"));
    }

    @Test
    void parameters_accept_numeric_and_boolean_strings_in_the_body_as_forms_send_them() {
        String data = source(
                "body",
                "{\"i\": {\"type\": \"integer\"}, \"n\": {\"type\": \"number\"}, \"b\": {\"type\": \"boolean\"}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("i", "42", "n", "0.5", "b", "false"))))
                .containsEntry("i", 42)
                .containsEntry("n", 0.5)
                .containsEntry("b", false);
    }

    @Test
    void parameters_accept_a_whole_decimal_in_the_body_as_an_integer() {
        String data = source("body", "{\"i\": {\"type\": \"integer\"}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("i", 3.0))))
                .containsEntry("i", 3);
    }

    @Test
    void parameters_never_accept_a_number_or_boolean_for_a_string() {
        String data = source("body", "{\"a\": {\"type\": \"string\"}, \"b\": {\"type\": \"string\"}}");

        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("a", 5, "b", true))))
                .containsExactly(field("body.a", "must be a string"), field("body.b", "must be a string"));
    }

    @Test
    void parameters_refuse_json_text_in_the_body_for_objects_and_arrays() {
        String data = source(
                "body",
                "{\"o\": {\"type\": \"object\"}, \"a\": {\"type\": \"array\"}, \"b\": {\"type\": \"boolean\"}}");

        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("o", "{}", "a", Map.of(), "b", 1))))
                .containsExactly(
                        field("body.o", "must be an object"),
                        field("body.a", "must be an array"),
                        field("body.b", "must be true or false"));
    }

    @Test
    void parameters_read_a_query_array_from_repeated_keys() {
        var context = FakeNodeContext.create()
                .withRequest(new io.dotportion.core.node.RequestData(
                        "GET",
                        "/t",
                        Map.of(),
                        Map.of("tag", "a"),
                        Map.of("tag", List.of("a", "b")),
                        Map.of(),
                        null,
                        "127.0.0.1"));

        assertThat(output(source("query", "{\"tag\": {\"type\": \"array\"}}"), context))
                .containsEntry("tag", List.of("a", "b"));
    }

    @Test
    void parameters_parse_objects_in_headers_and_params_from_json_text() {
        String data = "{\"sources\": [{\"from\": \"headers\", \"parameters\": {\"x-filter\": {\"type\": \"object\"}}},"
                + " {\"from\": \"params\", \"parameters\": {\"ids\": {\"type\": \"array\"}}}]}";
        var context = FakeNodeContext.create()
                .withHeaders(Map.of("x-filter", "{\"a\": 1}"))
                .withParams(Map.of("ids", "not json"));

        assertThat(errors(data, context)).containsExactly(field("params.ids", "must be an array (written as JSON)"));
        assertThat(output(data, context.withParams(Map.of("ids", "[1, 2]"))))
                .containsEntry("x-filter", Map.of("a", 1))
                .containsEntry("ids", List.of(1, 2));
    }

    @Test
    void parameters_without_a_type_take_any_value_as_it_is() {
        String data = source("body", "{\"title\": {\"required\": true}, \"done\": {\"required\": false}}");
        var body = Map.of("title", Map.of("nested", true), "done", 0);

        assertThat(output(data, FakeNodeContext.create().withBody(body))).isEqualTo(body);
    }
}
