package io.dotportion.nodes.response;

import static io.dotportion.nodes.fixtures.NodeFixtures.bind;
import static io.dotportion.nodes.fixtures.NodeFixtures.compile;
import static io.dotportion.nodes.fixtures.NodeFixtures.compileContext;
import static io.dotportion.nodes.fixtures.NodeFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseNodeTest {
    private final ResponseNode node = new ResponseNode();

    private NodeOutcome run(String data, FakeNodeContext context) {
        return compile(node, data).execute(context);
    }

    /** Compiles data that is no longer valid, as a version stored before a rule was added would be. */
    private NodeHandler compileUnchecked(String data) {
        return node.compile(bind(node, data), compileContext(Limits.defaults()));
    }

    private NodeOutcome.Respond respond(String data, FakeNodeContext context) {
        NodeOutcome outcome = run(data, context);
        assertThat(outcome).isInstanceOf(NodeOutcome.Respond.class);
        return (NodeOutcome.Respond) outcome;
    }

    @Test
    void response_has_no_outgoing_ports() {
        assertThat(node.id()).isEqualTo("response");
        assertThat(node.ports()).isEqualTo(Ports.NONE);
    }

    @Test
    void response_sends_configured_status_with_previous_output_as_body() {
        var result = respond(
                "{\"label\": \"API Response\", \"status\": 201}",
                FakeNodeContext.create().withInput(Map.of("id", 7)));

        assertThat(result.status()).isEqualTo(201);
        assertThat(result.body()).isEqualTo(Map.of("id", 7));
        assertThat(result.headers()).isEmpty();
    }

    @Test
    void response_status_defaults_to_200() {
        assertThat(respond("{}", FakeNodeContext.create()).status()).isEqualTo(200);
    }

    @Test
    void response_status_written_as_digits_in_a_string_is_accepted() {
        assertThat(respond("{\"status\": \"404\"}", FakeNodeContext.create()).status())
                .isEqualTo(404);
    }

    @Test
    void response_status_template_resolves_from_a_number_or_a_numeric_string() {
        String data = "{\"status\": \"{{request.body.code}}\"}";

        assertThat(respond(data, FakeNodeContext.create().withBody(Map.of("code", 202)))
                        .status())
                .isEqualTo(202);
        assertThat(respond(data, FakeNodeContext.create().withBody(Map.of("code", "418")))
                        .status())
                .isEqualTo(418);
        assertThat(respond(data, FakeNodeContext.create().withBody(Map.of("code", 204.0)))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void response_status_template_out_of_range_fails_naming_the_value() {
        NodeOutcome outcome =
                run("{\"status\": \"{{input.code}}\"}", FakeNodeContext.create().withInput(Map.of("code", 42)));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message())
                    .isEqualTo("response status must be an integer between 200 and 599, got 42");
        });
    }

    @Test
    void response_status_template_that_is_not_an_integer_fails_without_echoing_the_text() {
        NodeOutcome outcome = run(
                "{\"status\": \"{{request.query.s}}\"}",
                FakeNodeContext.create().withQuery(Map.of("s", "<script>")));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message())
                    .contains("a string that is not a status code")
                    .doesNotContain("<script>");
        });
    }

    @Test
    void response_status_template_resolving_to_null_or_a_fraction_fails() {
        String data = "{\"status\": \"{{input}}\"}";

        assertThat(run(data, FakeNodeContext.create())).isInstanceOf(NodeOutcome.Fail.class);
        assertThat(run(data, FakeNodeContext.create().withInput(200.5))).isInstanceOf(NodeOutcome.Fail.class);
    }

    @Test
    void response_body_single_template_keeps_the_number_type() {
        var result = respond(
                "{\"body\": {\"n\": \"{{request.body.n}}\"}}",
                FakeNodeContext.create().withBody(Map.of("n", 5)));

        assertThat(result.body()).isEqualTo(Map.of("n", 5));
    }

    @Test
    void response_body_template_inside_text_becomes_text() {
        var result = respond(
                "{\"body\": \"id {{request.params.id}}\"}",
                FakeNodeContext.create().withParams(Map.of("id", "42")));

        assertThat(result.body()).isEqualTo("id 42");
    }

    @Test
    void response_body_can_read_an_earlier_node_output() {
        var result = respond(
                "{\"body\": {\"email\": \"{{find.result.email}}\"}}",
                FakeNodeContext.create().withStep("find", Map.of("email", "a@b.io")));

        assertThat(result.body()).isEqualTo(Map.of("email", "a@b.io"));
    }

    @Test
    void response_constant_body_is_sent_as_written() {
        var result = respond(
                "{\"status\": 401, \"body\": {\"error\": \"invalid credentials\"}}",
                FakeNodeContext.create().withInput("ignored"));

        assertThat(result.body()).isEqualTo(Map.of("error", "invalid credentials"));
    }

    @Test
    void response_headers_are_evaluated_to_text() {
        var result = respond(
                "{\"headers\": {\"X-Count\": \"{{input.count}}\", \"Location\": \"/todos/{{input.id}}\"}}",
                FakeNodeContext.create().withInput(Map.of("count", 3, "id", "a1")));

        assertThat(result.headers()).containsEntry("X-Count", "3").containsEntry("Location", "/todos/a1");
    }

    @Test
    void response_header_value_with_a_line_break_from_the_request_fails() {
        NodeOutcome outcome = run(
                "{\"headers\": {\"X-Name\": \"{{request.query.name}}\"}}",
                FakeNodeContext.create().withQuery(Map.of("name", "a\r\nSet-Cookie: x=1")));

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NodeOutcome.Fail.class,
                        fail -> assertThat(fail.error().message())
                                .contains("X-Name")
                                .doesNotContain("Set-Cookie"));
    }

    @Test
    void response_validation_accepts_dotportion_data() {
        assertThat(validate(node, "{\"label\": \"Bad request\", \"status\": 400}"))
                .isEmpty();
    }

    @Test
    void response_validation_rejects_a_status_out_of_range_or_not_a_number() {
        assertThat(validate(node, "{\"status\": 42}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("status", ViolationCode.INVALID_CONFIG));
        assertThat(validate(node, "{\"status\": \"created\"}"))
                .extracting(Violation::path)
                .containsExactly("status");
        assertThat(validate(node, "{\"status\": 200.5}"))
                .extracting(Violation::path)
                .containsExactly("status");
        assertThat(validate(node, "{\"status\": \"{{input.code\"}"))
                .extracting(Violation::code)
                .containsExactly(ViolationCode.BAD_TEMPLATE);
    }

    @Test
    void response_validation_reports_template_problems_with_their_paths() {
        List<Violation> violations =
                validate(node, "{\"status\": \"{{nowhere.result.code}}\", \"body\": {\"hello\": \"{{request.body.\"}}");

        assertThat(violations)
                .extracting(Violation::path, Violation::code)
                .containsExactlyInAnyOrder(
                        tuple("status", ViolationCode.UNKNOWN_REFERENCE),
                        tuple("body.hello", ViolationCode.BAD_TEMPLATE));
    }

    @Test
    void response_validation_rejects_bad_header_names_and_framing_headers() {
        List<Violation> violations = validate(node, """
                {"headers": {"Bad Name": "x", "Content-Length": "5", "transfer-encoding": "chunked",
                             "X-A": "1", "x-a": "2", "X-Split": "a\\r\\nb", "X-Ref": "{{ghost.result}}"}}""");

        assertThat(violations)
                .extracting(Violation::path)
                .containsExactlyInAnyOrder(
                        "headers.Bad Name",
                        "headers.Content-Length",
                        "headers.transfer-encoding",
                        "headers.x-a",
                        "headers.X-Split",
                        "headers.X-Ref");
    }

    @Test
    void response_validation_refuses_interim_and_out_of_range_statuses() {
        for (String status : List.of("100", "101", "103", "199", "\"101\"", "600", "0", "-200", "1000")) {
            assertThat(validate(node, "{\"status\": " + status + "}"))
                    .as(status)
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("status", ViolationCode.INVALID_CONFIG));
        }
        assertThat(validate(node, "{\"status\": 200}")).isEmpty();
        assertThat(validate(node, "{\"status\": 599}")).isEmpty();
    }

    @Test
    void response_status_template_resolving_to_an_interim_status_fails_with_a_clear_error() {
        for (Object code : List.of(100, 101, "101", 199, 103.0)) {
            NodeOutcome outcome = run(
                    "{\"status\": \"{{input.code}}\"}", FakeNodeContext.create().withInput(Map.of("code", code)));

            assertThat(outcome).as(String.valueOf(code)).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
                assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
                assertThat(fail.error().message()).startsWith("response status must be an integer between 200 and 599");
            });
        }
    }

    @Test
    void response_saved_with_an_interim_status_before_it_was_refused_fails_at_run_time() {
        NodeOutcome outcome = compileUnchecked("{\"status\": 101}").execute(FakeNodeContext.create());

        assertThat(outcome).isInstanceOf(NodeOutcome.Fail.class);
    }

    @Test
    void set_cookie_header_is_a_violation_on_its_path() {
        assertThat(validate(node, "{\"headers\": {\"Set-Cookie\": \"dp_session=x; Path=/\"}}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("headers.Set-Cookie", ViolationCode.INVALID_CONFIG));
    }

    @Test
    void security_cors_and_framing_headers_are_violations_in_any_case() {
        List<String> refused = List.of(
                "Set-Cookie",
                "set-cookie",
                "SET-COOKIE",
                "sEt-CoOkIe",
                "Set-Cookie2",
                "Content-Security-Policy",
                "content-security-policy-report-only",
                "X-Content-Security-Policy",
                "Strict-Transport-Security",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "Cross-Origin-Opener-Policy",
                "Cross-Origin-Resource-Policy",
                "Cross-Origin-Embedder-Policy",
                "Access-Control-Allow-Origin",
                "access-control-allow-credentials",
                "Access-Control-Allow-Headers",
                "Access-Control-Expose-Headers",
                "Access-Control-Max-Age",
                "Access-Control-Anything",
                "Content-Length",
                "Transfer-Encoding",
                "Content-Encoding",
                "Connection",
                "Keep-Alive",
                "Upgrade",
                "TE",
                "Trailer",
                "Proxy-Authenticate",
                "Proxy-Connection",
                "Alt-Svc",
                "Clear-Site-Data",
                "Service-Worker-Allowed",
                "NEL",
                "Report-To",
                "Reporting-Endpoints",
                "Accept-CH",
                "Origin-Agent-Cluster",
                "Sec-WebSocket-Accept",
                "X-Accel-Redirect",
                "X-Sendfile",
                "X-Execution-Id",
                "RateLimit-Remaining",
                "X-RateLimit-Limit",
                "Date");
        for (String name : refused) {
            assertThat(validate(node, "{\"headers\": {\"" + name + "\": \"v\"}}"))
                    .as(name)
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("headers." + name, ViolationCode.INVALID_CONFIG));
        }
    }

    @Test
    void header_names_with_whitespace_separators_or_lookalike_letters_are_violations() {
        for (String name : List.of(
                " Set-Cookie",
                "Set-Cookie ",
                "Set-Cookie:",
                "Set-Cookie\\u0000",
                "X\\r\\nSet-Cookie",
                "Set\\u2010Cookie",
                "Set-Cook\\u0131e",
                "X-\\u00e9",
                "")) {
            assertThat(validate(node, "{\"headers\": {\"" + name + "\": \"v\"}}"))
                    .as(name)
                    .extracting(Violation::code)
                    .containsExactly(ViolationCode.INVALID_CONFIG);
        }
    }

    @Test
    void ordinary_headers_stay_allowed() {
        assertThat(validate(node, """
                {"headers": {"Content-Type": "text/plain", "Cache-Control": "no-store", "Location": "/x",
                             "X-Request-Id": "{{request.headers.x-request-id}}", "Vary": "Accept",
                             "Content-Disposition": "attachment; filename=report.csv", "Retry-After": "5",
                             "WWW-Authenticate": "Bearer", "ETag": "\\"v1\\""}}""")).isEmpty();
    }

    @Test
    void header_values_with_control_or_non_ascii_characters_are_violations() {
        for (String value : List.of(
                "a\\r\\nSet-Cookie: x=1",
                "a\\nb",
                "a\\rb",
                "a\\u0000b",
                "a\\u007fb",
                "a\\u010ab",
                "a\\u010db",
                "caf\\u00e9",
                "a\\u2028b")) {
            assertThat(validate(node, "{\"headers\": {\"X-Value\": \"" + value + "\"}}"))
                    .as(value)
                    .extracting(Violation::path)
                    .containsExactly("headers.X-Value");
        }
        assertThat(validate(node, "{\"headers\": {\"X-Value\": \"tab\\there, ok\"}}"))
                .isEmpty();
    }

    @Test
    void header_value_from_a_template_that_would_be_truncated_to_a_line_break_fails_at_run_time() {
        for (String value : List.of("a\u010aSet-Cookie: x=1", "a\u010d\u010aX: y", "a\nb", "\u0000")) {
            NodeOutcome outcome = run(
                    "{\"headers\": {\"X-Name\": \"{{request.query.name}}\"}}",
                    FakeNodeContext.create().withQuery(Map.of("name", value)));

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            NodeOutcome.Fail.class,
                            fail -> assertThat(fail.error().message())
                                    .contains("X-Name")
                                    .doesNotContain("Set-Cookie"));
        }
    }

    @Test
    void a_refused_header_of_a_version_saved_before_the_rule_is_not_sent() {
        NodeOutcome outcome = compileUnchecked("{\"headers\": {\"Set-Cookie\": \"a=b\", \"X-Ok\": \"1\"}}")
                .execute(FakeNodeContext.create());

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NodeOutcome.Respond.class,
                        respond -> assertThat(respond.headers()).containsOnlyKeys("X-Ok"));
    }
}
