package io.dotportion.nodes.parameters;

import static io.dotportion.nodes.parameters.Run.errors;
import static io.dotportion.nodes.parameters.Run.field;
import static io.dotportion.nodes.parameters.Run.output;
import static io.dotportion.nodes.parameters.Run.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersFailuresTest {

    @Test
    void parameters_report_every_wrong_body_field_at_once() {
        String data = source("body", """
                {"email": {"required": true, "type": "email"}, "age": {"type": "integer", "min": 18},
                 "name": {"type": "string", "max": 5}, "role": {"type": "string", "enum": ["admin", "user"]},
                 "ok": {"type": "string"}}""");
        var body = Map.of("email", "not-an-email", "age", 12, "name", "Bartholomew", "role", "root", "ok", "fine");

        assertThat(errors(data, FakeNodeContext.create().withBody(body)))
                .containsExactly(
                        field("body.email", "must be a valid email address"),
                        field("body.age", "must be at least 18"),
                        field("body.name", "must be at most 5 characters long"),
                        field("body.role", "must be one of: admin, user"));
    }

    @Test
    void parameters_report_missing_required_values_across_sources() {
        String data = """
                {"sources": [{"from": "body", "parameters": {"title": {"required": true}}},
                             {"from": "query", "parameters": {"page": {"required": true, "type": "integer"}}},
                             {"from": "headers", "parameters": {"X-Api-Key": {"required": true}}},
                             {"from": "params", "parameters": {"id": {"required": true}}}]}""";

        assertThat(errors(data, FakeNodeContext.create()))
                .containsExactly(
                        field("body.title", "is required"), field("query.page", "is required"),
                        field("headers.x-api-key", "is required"), field("params.id", "is required"));
    }

    @Test
    void parameters_treat_a_json_null_in_the_body_as_missing() {
        var body = new java.util.HashMap<String, Object>();
        body.put("title", null);

        assertThat(errors(
                        source("body", "{\"title\": {\"required\": true}}"),
                        FakeNodeContext.create().withBody(body)))
                .containsExactly(field("body.title", "is required"));
    }

    @Test
    void parameters_treat_a_body_that_is_not_an_object_as_holding_no_parameters() {
        String data = source("body", "{\"title\": {\"required\": true}, \"note\": {}}");

        assertThat(errors(data, FakeNodeContext.create().withBody("plain text")))
                .containsExactly(field("body.title", "is required"));
        assertThat(output(
                        source("body", "{\"note\": {}}"),
                        FakeNodeContext.create().withBody(List.of(1))))
                .isEmpty();
    }

    @Test
    void parameters_match_header_names_in_lowercase_and_output_the_declared_name() {
        String data = source("headers", "{\"X-Api-Key\": {\"required\": true}}");

        assertThat(output(data, FakeNodeContext.create().withHeaders(Map.of("x-api-key", "k1"))))
                .containsExactly(Map.entry("X-Api-Key", "k1"));
    }

    @Test
    void parameters_read_path_params_and_coerce_them() {
        String data = source("params", "{\"id\": {\"required\": true, \"type\": \"integer\", \"min\": 1}}");

        assertThat(output(data, FakeNodeContext.create().withParams(Map.of("id", "42"))))
                .containsExactly(Map.entry("id", 42));
        assertThat(errors(data, FakeNodeContext.create().withParams(Map.of("id", "0"))))
                .containsExactly(field("params.id", "must be at least 1"));
    }

    @Test
    void parameters_use_the_default_when_an_optional_value_is_missing() {
        String data = source(
                "query",
                "{\"page\": {\"type\": \"integer\", \"default\": 1}, "
                        + "\"size\": {\"type\": \"integer\", \"default\": \"20\"}, \"q\": {\"type\": \"string\"}}");

        assertThat(output(data, FakeNodeContext.create())).containsExactly(Map.entry("page", 1), Map.entry("size", 20));
        assertThat(output(data, FakeNodeContext.create().withQuery(Map.of("page", "3"))))
                .containsExactly(Map.entry("page", 3), Map.entry("size", 20));
    }

    @Test
    void parameters_output_only_declared_names() {
        String data = source("body", "{\"title\": {}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("title", "t", "admin", true))))
                .containsExactly(Map.entry("title", "t"));
    }

    @Test
    void parameters_without_sources_output_an_empty_object() {
        assertThat(output("{}", FakeNodeContext.create().withBody(Map.of("a", 1))))
                .isEmpty();
    }

    @Test
    void parameters_take_a_name_declared_twice_from_the_last_source_that_carries_it() {
        String data = """
                {"sources": [{"from": "query", "parameters": {"token": {}, "limit": {"type": "integer", "default": 10}}},
                             {"from": "headers", "parameters": {"token": {}, "limit": {"type": "integer"}}}]}""";

        assertThat(output(
                        data,
                        FakeNodeContext.create().withQuery(Map.of("token", "q")).withHeaders(Map.of("token", "h"))))
                .containsExactly(Map.entry("token", "h"), Map.entry("limit", 10));
        assertThat(output(data, FakeNodeContext.create().withQuery(Map.of("token", "q", "limit", "5"))))
                .containsExactly(Map.entry("token", "q"), Map.entry("limit", 5));
    }

    @Test
    void parameters_output_cannot_be_changed_by_later_nodes() {
        Map<String, Object> out =
                output(source("body", "{\"a\": {}}"), FakeNodeContext.create().withBody(Map.of("a", 1)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> out.put("b", 2))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void parameters_may_follow_an_error_edge() {
        assertThat(new ParametersNode().ports()).containsExactlyInAnyOrder("default", "error");
        assertThat(new ParametersNode().id()).isEqualTo("parameters");
        assertThat(NodeFixtures.compile(new ParametersNode(), source("query", "{\"a\": {\"required\": true}}"))
                        .execute(FakeNodeContext.create()))
                .isInstanceOf(NodeOutcome.Fail.class);
    }
}
