package io.dotportion.nodes.parameters;

import static io.dotportion.nodes.fixtures.NodeFixtures.validate;
import static io.dotportion.nodes.parameters.Run.output;
import static io.dotportion.nodes.parameters.Run.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersValidationTest {
    private final ParametersNode node = new ParametersNode();

    private List<Violation> violations(String data) {
        return validate(node, data);
    }

    @Test
    void parameters_accept_the_dotportion_export_without_types() {
        String data = """
                {"label": "Request Parameters",
                 "sources": [{"from": "body", "parameters": {"title": {"required": true}, "done": {"required": false}}}]}""";

        assertThat(violations(data)).isEmpty();
        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("title", "Buy milk", "done", false))))
                .containsExactly(Map.entry("title", "Buy milk"), Map.entry("done", false));
    }

    @Test
    void parameters_accept_the_login_example() {
        String data = """
                {"sources": [{"from": "body", "parameters": {
                    "email": {"required": true, "type": "email"}, "password": {"required": true, "type": "string"}}}]}""";

        assertThat(violations(data)).isEmpty();
        assertThat(output(
                        data, FakeNodeContext.create().withBody(Map.of("email", "ada@example.com", "password", "pw"))))
                .containsExactly(Map.entry("email", "ada@example.com"), Map.entry("password", "pw"));
    }

    @Test
    void parameters_validation_reports_an_unknown_source_at_its_from() {
        String data =
                "{\"sources\": [{\"from\": \"body\", \"parameters\": {}}, {\"from\": \"cookies\", \"parameters\": {}}, {}]}";

        assertThat(violations(data))
                .extracting(Violation::path, Violation::code, Violation::message)
                .containsExactly(
                        tuple(
                                "sources[1].from",
                                ViolationCode.INVALID_CONFIG,
                                "from must be one of body, query, headers, params"),
                        tuple(
                                "sources[2].from",
                                ViolationCode.INVALID_CONFIG,
                                "from must be one of body, query, headers, params"));
    }

    @Test
    void parameters_validation_reports_a_missing_source_object() {
        assertThat(violations("{\"sources\": [null]}"))
                .extracting(Violation::path)
                .containsExactly("sources[0]");
    }

    @Test
    void parameters_validation_reports_an_unknown_type() {
        assertThat(violations(source("query", "{\"when\": {\"type\": \"date\"}}")))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple(
                        "sources[0].parameters.when.type",
                        "type must be one of string, number, integer, boolean, object, array, email, password"));
    }

    @Test
    void parameters_validation_reports_min_greater_than_max() {
        assertThat(violations(source("query", "{\"n\": {\"type\": \"number\", \"min\": 5, \"max\": 1}}")))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple("sources[0].parameters.n.min", "min must not be greater than max"));
    }

    @Test
    void parameters_validation_refuses_bounds_that_mean_nothing_for_the_type() {
        String data = source("body", """
                {"flag": {"type": "boolean", "max": 1}, "doc": {"type": "object", "min": 1},
                 "name": {"type": "string", "min": -1}, "tags": {"type": "array", "max": 2.5}}""");

        assertThat(violations(data))
                .extracting(Violation::path)
                .containsExactly(
                        "sources[0].parameters.flag.max", "sources[0].parameters.doc.min",
                        "sources[0].parameters.name.min", "sources[0].parameters.tags.max");
    }

    @Test
    void parameters_validation_reports_a_bad_pattern_at_its_path() {
        List<Violation> found = violations(source("query", "{\"s\": {\"type\": \"string\", \"pattern\": \"([a-z\"}}"));

        assertThat(found)
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("sources[0].parameters.s.pattern", ViolationCode.INVALID_CONFIG));
        assertThat(found.get(0).message()).startsWith("pattern is not a valid regular expression: ");
    }

    @Test
    void parameters_validation_refuses_a_pattern_on_a_number() {
        assertThat(violations(source("query", "{\"n\": {\"type\": \"integer\", \"pattern\": \"[0-9]\"}}")))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple(
                        "sources[0].parameters.n.pattern", "pattern applies only to string and email parameters"));
    }

    @Test
    void parameters_validation_reports_enum_values_of_the_wrong_type() {
        String data = source(
                "query", "{\"size\": {\"type\": \"integer\", \"enum\": [10, \"x\", 2.5]}, \"e\": {\"enum\": []}}");

        assertThat(violations(data))
                .extracting(Violation::path, Violation::message)
                .containsExactly(
                        tuple("sources[0].parameters.size.enum[1]", "enum value must be an integer"),
                        tuple("sources[0].parameters.size.enum[2]", "enum value must be an integer"),
                        tuple("sources[0].parameters.e.enum", "enum must list at least one value"));
    }

    @Test
    void parameters_validation_checks_that_the_default_fits_the_parameter() {
        String data = source("query", """
                {"page": {"type": "integer", "default": "first"}, "size": {"type": "integer", "max": 100, "default": 500},
                 "sort": {"enum": ["asc", "desc"], "default": "up"}}""");

        assertThat(violations(data))
                .extracting(Violation::path, Violation::message)
                .containsExactly(
                        tuple("sources[0].parameters.page.default", "default must be an integer"),
                        tuple("sources[0].parameters.size.default", "default must be at most 100"),
                        tuple("sources[0].parameters.sort.default", "default must be one of: asc, desc"));
    }

    @Test
    void parameters_validation_warns_that_a_required_parameter_never_uses_its_default() {
        List<Violation> found = violations(source("query", "{\"page\": {\"required\": true, \"default\": 1}}"));

        assertThat(found)
                .extracting(Violation::path, Violation::isError)
                .containsExactly(tuple("sources[0].parameters.page.default", false));
    }

    @Test
    void parameters_validation_reports_blank_parameter_names() {
        assertThat(violations(source("body", "{\" \": {}}")))
                .extracting(Violation::path)
                .containsExactly("sources[0].parameters");
    }

    @Test
    void parameters_validation_reports_every_problem_of_every_source() {
        String data = """
                {"sources": [{"from": "form", "parameters": {"a": {"type": "text"}}},
                             {"from": "query", "parameters": {"b": {"type": "string", "pattern": "("}}}]}""";

        assertThat(violations(data))
                .extracting(Violation::path)
                .containsExactly("sources[0].from", "sources[0].parameters.a.type", "sources[1].parameters.b.pattern");
    }
}
