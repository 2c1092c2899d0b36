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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersConstraintsTest {

    @Test
    void parameters_bound_numbers_by_value() {
        String data = source(
                "body",
                "{\"lo\": {\"type\": \"number\", \"min\": 1.5}, \"hi\": {\"type\": \"integer\", \"max\": 10}, "
                        + "\"in\": {\"type\": \"number\", \"min\": 0, \"max\": 1}}");

        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("lo", 1, "hi", 11, "in", 0.5))))
                .containsExactly(field("body.lo", "must be at least 1.5"), field("body.hi", "must be at most 10"));
    }

    @Test
    void parameters_bound_strings_by_length_in_characters() {
        String data = source("body", "{\"code\": {\"type\": \"string\", \"min\": 1, \"max\": 3}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("code", "😀😀😀"))))
                .containsEntry("code", "😀😀😀");
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("code", ""))))
                .containsExactly(field("body.code", "must be at least 1 character long"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("code", "abcd"))))
                .containsExactly(field("body.code", "must be at most 3 characters long"));
    }

    @Test
    void parameters_bound_arrays_by_size() {
        String data = source("body", "{\"tags\": {\"type\": \"array\", \"min\": 1, \"max\": 2}}");

        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("tags", List.of()))))
                .containsExactly(field("body.tags", "must have at least 1 item"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("tags", List.of(1, 2, 3)))))
                .containsExactly(field("body.tags", "must have at most 2 items"));
    }

    @Test
    void parameters_check_a_pattern_anywhere_in_the_value_unless_anchored() {
        String data = source(
                "query",
                "{\"slug\": {\"type\": \"string\", \"pattern\": \"^[a-z0-9-]+$\"}, "
                        + "\"ref\": {\"pattern\": \"[0-9]\"}}");

        assertThat(output(data, FakeNodeContext.create().withQuery(Map.of("slug", "my-post-1", "ref", "ab7"))))
                .containsEntry("slug", "my-post-1");
        assertThat(errors(data, FakeNodeContext.create().withQuery(Map.of("slug", "My Post", "ref", "abc"))))
                .containsExactly(
                        field("query.slug", "must match the pattern ^[a-z0-9-]+$"),
                        field("query.ref", "must match the pattern [0-9]"));
    }

    @Test
    void parameters_refuse_values_too_long_for_a_pattern_check() {
        var node = new ParametersNode(new ParameterLimits(8, 1_000_000));
        var handler = node.compile(
                NodeFixtures.bind(node, source("query", "{\"s\": {\"pattern\": \"a\"}}")),
                NodeFixtures.compileContext(io.dotportion.core.limit.Limits.defaults()));

        NodeOutcome outcome = handler.execute(FakeNodeContext.create().withQuery(Map.of("s", "aaaaaaaaa")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NodeOutcome.Fail.class,
                        fail -> assertThat(fail.error().details())
                                .containsExactly(field(
                                        "query.s", "is too long to check against its pattern (at most 8 characters)")));
    }

    @Test
    void parameters_stop_a_catastrophically_backtracking_pattern_at_its_step_limit() {
        String data = source("query", "{\"s\": {\"pattern\": \"^(a+)+$\"}}");
        String evil = "a".repeat(5_000) + "!";
        long started = System.nanoTime();

        var details = errors(data, FakeNodeContext.create().withQuery(Map.of("s", evil)));

        assertThat(details)
                .containsExactly(
                        field("query.s", "could not be checked against its pattern within the matching limit"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    void parameters_compare_enum_numbers_by_value_after_coercion() {
        String data = source("query", "{\"size\": {\"type\": \"integer\", \"enum\": [10, 20, 50]}}");

        assertThat(output(data, FakeNodeContext.create().withQuery(Map.of("size", "20"))))
                .containsEntry("size", 20);
        assertThat(errors(data, FakeNodeContext.create().withQuery(Map.of("size", "30"))))
                .containsExactly(field("query.size", "must be one of: 10, 20, 50"));
    }

    @Test
    void parameters_accept_only_listed_strings_for_an_enum() {
        String data = source("body", "{\"status\": {\"enum\": [\"draft\", \"published\"]}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("status", "draft"))))
                .containsEntry("status", "draft");
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("status", "Draft"))))
                .containsExactly(field("body.status", "must be one of: draft, published"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "first.last+tag@mail.example.co.uk", "x@y.z"})
    void parameters_accept_plausible_email_addresses(String email) {
        assertThat(output(
                        source("body", "{\"e\": {\"type\": \"email\"}}"),
                        FakeNodeContext.create().withBody(Map.of("e", email))))
                .containsEntry("e", email);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "plain",
                "@example.com",
                "a@b@example.com",
                "a b@example.com",
                "a@localhost",
                "a@.example.com",
                "a@example.com.",
                "a@example..com",
                "a@exa mple.com"
            })
    void parameters_refuse_implausible_email_addresses(String email) {
        assertThat(errors(
                        source("body", "{\"e\": {\"type\": \"email\"}}"),
                        FakeNodeContext.create().withBody(Map.of("e", email))))
                .containsExactly(field("body.e", "must be a valid email address"));
    }

    @Test
    void parameters_refuse_an_email_longer_than_254_characters() {
        String email = "a".repeat(64) + "@" + "b".repeat(186) + ".com";
        String data = source("body", "{\"e\": {\"type\": \"email\"}}");

        assertThat(email).hasSize(255);
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("e", email))))
                .containsExactly(field("body.e", "must be a valid email address"));
        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("e", email.substring(1)))))
                .containsKey("e");
    }

    @Test
    void parameters_report_every_broken_constraint_of_one_field() {
        String data = source("body", "{\"pin\": {\"type\": \"string\", \"min\": 4, \"pattern\": \"^[0-9]+$\"}}");

        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("pin", "ab"))))
                .containsExactly(
                        field("body.pin", "must be at least 4 characters long"),
                        field("body.pin", "must match the pattern ^[0-9]+$"));
    }
}
