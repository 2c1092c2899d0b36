package io.dotportion.nodes.logic;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Logic node whose code is one direct expression gives the outcomes it gave in the sandbox, failures included. */
class LogicDirectTest {
    private static final String CLASSIFY =
            "return { name: input.name, adult: input.age >= 18, yearsToAdult: Math.max(0, 18 - input.age) };";
    private static JsSandbox sandbox;
    private static LogicNodeType logic;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1));
        logic = new LogicNodeType(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static NodeOutcome run(String code, NodeContext context) {
        return logic.compile(new LogicConfig(code), null).execute(context);
    }

    @Test
    void a_direct_expression_returns_what_the_sandbox_returned() {
        NodeOutcome outcome = run(CLASSIFY, FakeNodeContext.create().withInput(Map.of("name", "Ada", "age", 12)));

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "Ada");
        expected.put("adult", false);
        expected.put("yearsToAdult", 6);
        assertThat(outcome).isEqualTo(NodeOutcome.next(expected));
        assertThat(((NodeOutcome.Next) outcome).output()).asString().isEqualTo(expected.toString());
    }

    @Test
    void a_direct_expression_leaves_undefined_members_out_and_keeps_null_in_arrays() {
        NodeOutcome outcome = run(
                "return { name: input.nickname, tags: [input.nickname, 0 / 0] };",
                FakeNodeContext.create().withInput(Map.of("name", "Ada")));

        assertThat(outcome).isEqualTo(NodeOutcome.next(Map.of("tags", java.util.Arrays.asList(null, null))));
    }

    @Test
    void a_direct_expression_that_returns_undefined_passes_the_input_through() {
        Map<String, Object> input = Map.of("name", "Ada");

        assertThat(run("return input.missing;", FakeNodeContext.create().withInput(input)))
                .isEqualTo(NodeOutcome.next(input));
    }

    @Test
    void a_direct_expression_on_a_null_input_fails_with_the_sandboxs_type_error() {
        NodeOutcome outcome = run(CLASSIFY, FakeNodeContext.create().withInput(null));

        assertThat(outcome).isInstanceOfSatisfying(NodeOutcome.Fail.class, fail -> {
            assertThat(fail.error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
            assertThat(fail.error().message())
                    .startsWith("script error: TypeError: Cannot read property 'name' of null");
        });
    }

    @Test
    void a_direct_expression_on_values_outside_the_subset_gets_javascripts_answer() {
        NodeContext context = FakeNodeContext.create().withInput(Map.of("name", "Ada", "age", "12"));

        assertThat(run("return { next: input.age + 1, items: [input.name] };", context))
                .isEqualTo(NodeOutcome.next(Map.of("next", "121", "items", List.of("Ada"))));
    }

    @Test
    void code_outside_the_subset_still_runs_in_the_sandbox() {
        NodeContext context = FakeNodeContext.create().withInput(Map.of("name", "Ada"));

        assertThat(run("const n = input.name.toUpperCase();\nreturn { n };", context))
                .isEqualTo(NodeOutcome.next(Map.of("n", "ADA")));
    }

    @Test
    void a_direct_expression_with_no_time_left_fails_as_the_sandbox_fails() {
        NodeContext late = FakeNodeContext.create().withInput(Map.of("n", 1)).withRemaining(java.time.Duration.ZERO);

        NodeOutcome direct = run("return input.n;", late);
        NodeOutcome sandboxed = run("const n = input.n;\nreturn n;", late);

        assertThat(direct).isInstanceOf(NodeOutcome.Fail.class).isEqualTo(sandboxed);
    }
}
