package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.node.NodeContext;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.script.direct.Fallback;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where a direct result would come near the sandbox's limits, or its values would cross specially, the sandbox answers. */
class NodeScriptDirectLimitsTest {
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withMaxResultChars(64));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static NodeScript body(String code) {
        NodeScript script = NodeScript.compile(sandbox, code, NodeScript.Form.BODY);
        assertThat(script.isDirect()).as(code).isTrue();
        return script;
    }

    @Test
    void a_result_near_the_size_limit_is_left_to_the_sandbox_which_refuses_it() {
        NodeScript script = body("return input.text + input.text;");
        NodeContext context = FakeNodeContext.create().withInput(Map.of("text", "x".repeat(40)));

        assertThat(script.runDirect(context)).isEqualTo(Fallback.VALUE);
        assertThatThrownBy(() -> script.run(context))
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void a_small_result_stays_direct() {
        NodeScript script = body("return { total: input.a * input.b, name: input.name };");
        NodeContext context = FakeNodeContext.create().withInput(Map.of("a", 3, "b", 0.5, "name", "tea"));

        assertThat(script.runDirect(context)).isEqualTo(Map.of("total", 1.5, "name", "tea"));
    }

    @Test
    void an_object_with_integer_like_keys_is_left_to_the_sandbox_which_orders_them_first() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("b", 1);
        input.put("2", 2);
        NodeScript script = body("return input;");
        NodeContext context = FakeNodeContext.create().withInput(input);

        assertThat(script.runDirect(context)).isEqualTo(Fallback.VALUE);
        assertThat(script.run(context)).asString().isEqualTo("{2=2, b=1}");
    }

    @Test
    void values_that_do_not_cross_as_plain_data_are_left_to_the_sandbox() {
        Map<Object, Object> numberKeys = new LinkedHashMap<>();
        numberKeys.put(1, "one");
        NodeScript script = body("return [input.a, input.b];");

        for (Object odd : List.<Object>of(numberKeys, new LinkedHashSet<>(List.of(1)), java.time.Instant.EPOCH)) {
            NodeContext context = FakeNodeContext.create().withInput(Map.of("a", odd, "b", 1));
            assertThat(script.runDirect(context)).as("%s", odd).isEqualTo(Fallback.VALUE);
        }
    }

    @Test
    void a_long_string_sum_is_left_to_the_sandbox() {
        NodeScript script = NodeScript.compile(sandbox, "(input.s + input.s).length > 1", NodeScript.Form.CONDITION);
        NodeContext context = FakeNodeContext.create().withInput(Map.of("s", "x".repeat(40_000)));

        assertThat(script.isDirect()).isTrue();
        assertThat(script.runDirect(context)).isEqualTo(Fallback.VALUE);
        assertThat(script.run(context)).isEqualTo(true);
    }

    @Test
    void deep_long_or_html_commented_code_is_not_direct_and_runs_in_the_sandbox() {
        NodeContext context = FakeNodeContext.create().withInput(Map.of("a", 1));
        for (String code : List.of(
                "return " + "!".repeat(60) + "input.a;",
                "return " + "input.a + ".repeat(500) + "1;",
                "return input.a <!-- a comment in old browsers\n;")) {
            NodeScript script = NodeScript.compile(sandbox, code, NodeScript.Form.BODY);

            assertThat(script.isDirect()).as(code).isFalse();
            assertThat(DirectRendering.outcome(() -> script.run(context)))
                    .isEqualTo(DirectRendering.outcome(() -> script.runSandboxed(context)));
        }
    }

    @Test
    void host_and_prototype_lookups_are_never_direct_answers_other_than_plain_data() {
        NodeContext context = FakeNodeContext.create().withInput(Map.of("list", List.of(1), "name", "x"));
        for (String code : List.of(
                "return input.constructor;",
                "return input['__proto__'];",
                "return input.list.constructor;",
                "return input.name.constructor;",
                "return this;",
                "return globalThis;",
                "return arguments;",
                "return Java;",
                "return Polyglot;",
                "return input.constructor.constructor('return 1')();")) {
            NodeScript script = NodeScript.compile(sandbox, code, NodeScript.Form.BODY);

            assertThat(script.runDirect(context)).as(code).isEqualTo(Fallback.VALUE);
        }
        NodeScript getClass = body("return [input.getClass, input.list.length, input.class];");
        assertThat(getClass.runDirect(context)).isEqualTo(java.util.Arrays.asList(null, 1, null));
        assertThat(DirectRendering.render(getClass.runDirect(context)))
                .isEqualTo(DirectRendering.render(getClass.runSandboxed(context)));
    }
}
