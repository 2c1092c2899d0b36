package io.dotportion.nodes.condition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import io.dotportion.nodes.script.TestValidationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionNodeTypeTest {
    private static JsSandbox sandbox;
    private static ConditionNodeType condition;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(2));
        condition = new ConditionNodeType(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static NodeOutcome run(String expression, NodeContext context) {
        return condition.compile(new ConditionConfig(expression), null).execute(context);
    }

    private static String port(String expression, NodeContext context) {
        NodeOutcome outcome = run(expression, context);
        assertThat(outcome).isInstanceOf(NodeOutcome.Next.class);
        return ((NodeOutcome.Next) outcome).port();
    }

    private static List<Violation> validate(String expression, String... nodeIds) {
        return condition.validate(new ConditionConfig(expression), new TestValidationContext(nodeIds));
    }

    @Test
    void condition_is_registered_as_condition_with_true_and_false_ports() {
        assertThat(condition.id()).isEqualTo("condition");
        assertThat(condition.ports()).isEqualTo(Ports.BRANCH);
    }

    @Test
    void config_binds_condition_and_ignores_dotportion_edge_fields() {
        ConditionConfig config = Json.mapper()
                .convertValue(
                        Map.of("condition", "input.ok", "label", "Ok?", "trueEdgeId", "e1", "falseEdgeId", "e2"),
                        ConditionConfig.class);

        assertThat(config.condition()).isEqualTo("input.ok");
    }

    @Test
    void condition_follows_true_passing_its_input_through() {
        Map<String, Object> input = Map.of("age", 20);

        NodeOutcome outcome = run("input.age >= 18", FakeNodeContext.create().withInput(input));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Next.class, next -> {
            assertThat(next.port()).isEqualTo(Ports.TRUE);
            assertThat(next.output()).isSameAs(input);
        });
    }

    @Test
    void condition_follows_false_passing_its_input_through() {
        Map<String, Object> input = Map.of("age", 12);

        NodeOutcome outcome = run("input.age >= 18", FakeNodeContext.create().withInput(input));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Next.class, next -> {
            assertThat(next.port()).isEqualTo(Ports.FALSE);
            assertThat(next.output()).isSameAs(input);
        });
    }

    @Test
    void a_dotportion_placeholder_condition_compares_the_bound_value() {
        String adult = "{{param-1.result.age}} >= 18";

        assertThat(port(adult, FakeNodeContext.create().withStep("param-1", Map.of("age", 18))))
                .isEqualTo(Ports.TRUE);
        assertThat(port(adult, FakeNodeContext.create().withStep("param-1", Map.of("age", 17))))
                .isEqualTo(Ports.FALSE);
    }

    @Test
    void condition_follows_false_when_the_value_is_missing() {
        assertThat(port("{{param-1.result.age}} >= 18", FakeNodeContext.create()))
                .isEqualTo(Ports.FALSE);
    }

    @Test
    void a_quoted_placeholder_compares_as_a_string() {
        String abc = "'{{x.result.y}}' === 'abc'";

        assertThat(port(abc, FakeNodeContext.create().withStep("x", Map.of("y", "abc"))))
                .isEqualTo(Ports.TRUE);
        assertThat(port(abc, FakeNodeContext.create().withStep("x", Map.of("y", "abd"))))
                .isEqualTo(Ports.FALSE);
        assertThat(port(abc, FakeNodeContext.create())).isEqualTo(Ports.FALSE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"'); java.lang.System.exit(1); ('", "' || true || '", "abc' || 'x", "}}{{", "1; while(true){}"})
    void a_hostile_value_stays_a_value(String hostile) {
        NodeContext context = FakeNodeContext.create().withBody(Map.of("name", hostile));

        assertThat(port("'{{request.body.name}}' === 'abc'", context)).isEqualTo(Ports.FALSE);
        assertThat(port(
                        "{{request.body.name}} === request.body.name && typeof {{request.body.name}} === 'string'",
                        context))
                .isEqualTo(Ports.TRUE);
    }

    @Test
    void javascript_truthiness_decides_the_branch() {
        NodeContext context = FakeNodeContext.create()
                .withInput(Map.of("empty", "", "zero", 0, "list", List.of(), "object", Map.of(), "text", "x"));

        assertThat(port("input.empty", context)).isEqualTo(Ports.FALSE);
        assertThat(port("input.zero", context)).isEqualTo(Ports.FALSE);
        assertThat(port("input.missing", context)).isEqualTo(Ports.FALSE);
        assertThat(port("input.list", context)).isEqualTo(Ports.TRUE);
        assertThat(port("input.object", context)).isEqualTo(Ports.TRUE);
        assertThat(port("input.text", context)).isEqualTo(Ports.TRUE);
    }

    @Test
    void condition_sees_request_and_steps() {
        NodeContext context =
                FakeNodeContext.create().withQuery(Map.of("mode", "fast")).withStep("auth", Map.of("role", "admin"));

        assertThat(port("request.query.mode === 'fast' && steps.auth.role === 'admin'", context))
                .isEqualTo(Ports.TRUE);
    }

    @Test
    void a_failing_condition_fails_the_node() {
        NodeOutcome outcome = run("input.user.age > 1", FakeNodeContext.create().withInput(Map.of()));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message())
                    .startsWith("script error: TypeError: Cannot read property 'age' of undefined");
        });
    }

    @Test
    void valid_condition_has_no_violations() {
        assertThat(validate("{{param-1.result.age}} >= 18 && input != null", "param-1"))
                .isEmpty();
    }

    @Test
    void missing_condition_is_invalid_config() {
        assertThat(validate(null))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("condition", ViolationCode.INVALID_CONFIG));
        assertThat(validate("")).extracting(Violation::code).containsExactly(ViolationCode.INVALID_CONFIG);
    }

    @Test
    void a_syntax_error_is_reported_at_validation() {
        assertThat(validate("input.age >=")).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("condition");
            assertThat(v.code()).isEqualTo(ViolationCode.SCRIPT_SYNTAX);
        });
    }

    @Test
    void a_condition_that_is_not_one_expression_is_a_syntax_error() {
        assertThat(validate("true); (false")).extracting(Violation::code).containsExactly(ViolationCode.SCRIPT_SYNTAX);
    }

    @Test
    void a_placeholder_naming_an_unknown_node_is_an_unknown_reference() {
        assertThat(validate("{{ghost.result.age}} > 1", "param-1"))
                .extracting(Violation::code)
                .containsExactly(ViolationCode.UNKNOWN_REFERENCE);
    }
}
