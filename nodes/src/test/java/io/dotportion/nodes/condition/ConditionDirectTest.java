package io.dotportion.nodes.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Condition whose expression is direct follows the branch it followed in the sandbox, failures included. */
class ConditionDirectTest {
    private static final String LOGIN = "input != null && input.password === steps.params.password";
    private static JsSandbox sandbox;
    private static ConditionNodeType condition;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1));
        condition = new ConditionNodeType(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static NodeOutcome run(String expression, NodeContext context) {
        return condition.compile(new ConditionConfig(expression), null).execute(context);
    }

    private static String port(String expression, Object input) {
        NodeOutcome outcome = run(expression, FakeNodeContext.create().withInput(input));
        assertThat(outcome).isInstanceOf(NodeOutcome.Next.class);
        return ((NodeOutcome.Next) outcome).port();
    }

    @Test
    void the_login_check_compares_the_password_and_passes_the_input_through() {
        Map<String, Object> input = Map.of("password", "pw");
        FakeNodeContext context =
                FakeNodeContext.create().withInput(input).withStep("params", Map.of("password", "pw"));

        assertThat(run(LOGIN, context)).isEqualTo(new NodeOutcome.Next(Ports.TRUE, input));
        assertThat(run(LOGIN, context.withStep("params", Map.of("password", "other"))))
                .isEqualTo(new NodeOutcome.Next(Ports.FALSE, input));
        assertThat(run(LOGIN, FakeNodeContext.create().withInput(null).withStep("params", Map.of())))
                .isEqualTo(new NodeOutcome.Next(Ports.FALSE, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"input.zero", "input.negZero", "input.nan", "input.empty", "input.nul", "input.missing"})
    void falsy_values_follow_false(String expression) {
        Map<String, Object> input = new HashMap<>(Map.of("zero", 0, "negZero", -0.0, "nan", Double.NaN, "empty", ""));
        input.put("nul", null);

        assertThat(port(expression, input)).isEqualTo(Ports.FALSE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"input.list", "input.map", "input.text", "input.number", "[]", "({})"})
    void objects_arrays_and_other_values_follow_true(String expression) {
        Map<String, Object> input = Map.of("list", List.of(), "map", Map.of(), "text", "0", "number", -1e-300);

        assertThat(port(expression, input)).isEqualTo(Ports.TRUE);
    }

    @Test
    void a_direct_condition_on_a_missing_object_fails_with_the_sandboxs_type_error() {
        NodeOutcome outcome = run("input.user.age > 1", FakeNodeContext.create().withInput(Map.of()));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message())
                    .startsWith("script error: TypeError: Cannot read property 'age' of undefined");
        });
    }

    @Test
    void a_condition_outside_the_subset_still_runs_in_the_sandbox() {
        assertThat(port("input.name.startsWith('A')", Map.of("name", "Ada"))).isEqualTo(Ports.TRUE);
        assertThat(port("input.n == '1'", Map.of("n", 1))).isEqualTo(Ports.TRUE);
    }
}
