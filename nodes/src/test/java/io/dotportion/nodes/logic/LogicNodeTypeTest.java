package io.dotportion.nodes.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import io.dotportion.nodes.script.TestValidationContext;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogicNodeTypeTest {
    private static JsSandbox sandbox;
    private static LogicNodeType logic;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(2).withStatementLimit(Long.MAX_VALUE));
        logic = new LogicNodeType(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static NodeOutcome run(String code, NodeContext context) {
        return logic.compile(new LogicConfig(code), null).execute(context);
    }

    private static Object output(String code, NodeContext context) {
        NodeOutcome outcome = run(code, context);
        assertThat(outcome).isInstanceOf(NodeOutcome.Next.class);
        assertThat(((NodeOutcome.Next) outcome).port()).isEqualTo(Ports.DEFAULT);
        return ((NodeOutcome.Next) outcome).output();
    }

    private static List<Violation> validate(String code, String... nodeIds) {
        return logic.validate(new LogicConfig(code), new TestValidationContext(nodeIds));
    }

    @Test
    void logic_is_registered_as_logic_with_a_default_and_an_error_port() {
        assertThat(logic.id()).isEqualTo("logic");
        assertThat(logic.ports()).isEqualTo(Ports.SINGLE_OR_ERROR);
        assertThat(logic.configType()).isEqualTo(LogicConfig.class);
    }

    @Test
    void config_binds_code_and_ignores_editor_fields() {
        LogicConfig config =
                Json.mapper().convertValue(Map.of("code", "return 1;", "label", "Compute"), LogicConfig.class);

        assertThat(config.code()).isEqualTo("return 1;");
    }

    @Test
    void logic_returns_a_computed_object() {
        Object out = output(
                "return {total: input.price * input.quantity, items: [input.name]};",
                FakeNodeContext.create().withInput(Map.of("price", 2.5, "quantity", 4, "name", "tea")));

        assertThat(out).isEqualTo(Map.of("total", 10, "items", List.of("tea")));
    }

    @Test
    void logic_passes_its_input_through_when_the_code_returns_nothing() {
        Map<String, Object> input = Map.of("keep", true);

        assertThat(output("const unused = input.keep;", FakeNodeContext.create().withInput(input)))
                .isSameAs(input);
    }

    @Test
    void logic_sees_the_request_earlier_steps_and_the_loop() {
        NodeContext context = FakeNodeContext.create()
                .withBody(Map.of("name", "Ada"))
                .withQuery(Map.of("page", "2"))
                .withHeaders(Map.of("x-trace", "t1"))
                .withParams(Map.of("id", "7"))
                .withStep("params", Map.of("age", 36))
                .withLoop(new LoopFrame("each", "item-a", 3, null));

        Object out = output("""
                return {method: request.method, name: request.body.name, page: request.query.page,
                        trace: request.headers['x-trace'], id: request.params.id, age: steps.params.age,
                        item: loop.item, index: loop.index};
                """, context);

        assertThat(out)
                .isEqualTo(Map.of(
                        "method", "POST", "name", "Ada", "page", "2", "trace", "t1", "id", "7", "age", 36, "item",
                        "item-a", "index", 3));
    }

    @Test
    void loop_is_undefined_outside_a_loop() {
        assertThat(output("return typeof loop;", FakeNodeContext.create())).isEqualTo("undefined");
    }

    @Test
    void a_placeholder_is_bound_as_a_value_keeping_its_type() {
        NodeContext context =
                FakeNodeContext.create().withStep("param-1", Map.of("age", 17, "tags", List.of("a", "b")));

        Object out =
                output("return {next: {{param-1.result.age}} + 1, count: {{ param-1.result.tags }}.length};", context);

        assertThat(out).isEqualTo(Map.of("next", 18, "count", 2));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'); java.lang.System.exit(1); ('",
                "}}{{",
                "1; while(true){}",
                "{{request.body.x}}",
                "\" + Java.type('java.lang.Runtime') + \"",
                "*/ throw 1; /*"
            })
    void a_placeholder_value_is_data_never_code(String hostile) {
        NodeContext context = FakeNodeContext.create().withBody(Map.of("text", hostile));

        assertThat(output("return [typeof {{request.body.text}}, {{request.body.text}}];", context))
                .isEqualTo(List.of("string", hostile));
        assertThat(output("return 'got:' + '{{request.body.text}}';", context)).isEqualTo("got:" + hostile);
    }

    @Test
    void a_missing_placeholder_path_is_null() {
        assertThat(output("return [{{request.body.none}}, '{{request.body.none}}'];", FakeNodeContext.create()))
                .isEqualTo(Arrays.asList(null, ""));
    }

    @Test
    void an_endless_loop_fails_the_node_within_its_limit_and_the_next_run_works() {
        FakeNodeContext context =
                FakeNodeContext.create().withLimits(Limits.defaults().withScriptTimeout(Duration.ofSeconds(1)));
        long start = System.nanoTime();

        NodeOutcome outcome = run("while (true) {}", context);

        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(outcome)
                .isEqualTo(NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, "script exceeded its 1000 ms time limit"));
        assertThat(output("return 'next';", context)).isEqualTo("next");
    }

    @Test
    void a_script_cut_by_the_execution_deadline_fails_with_timeout() {
        FakeNodeContext context = FakeNodeContext.create().withRemaining(Duration.ofMillis(200));

        NodeOutcome outcome = run("for (;;) {}", context);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        NodeOutcome.Fail.class,
                        fail -> assertThat(fail.error().code()).isEqualTo(ErrorCode.TIMEOUT));
    }

    @Test
    void a_throwing_script_fails_with_its_javascript_message() {
        NodeOutcome outcome = run(
                "throw new Error('user ' + input.id + ' not found');",
                FakeNodeContext.create().withInput(Map.of("id", 9)));

        assertThat(outcome)
                .isEqualTo(
                        NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, "script error: Error: user 9 not found (line 1)"));
    }

    @Test
    void valid_code_has_no_violations() {
        assertThat(validate("const x = {{params.result.age}};\nreturn {x, y: input};", "params"))
                .isEmpty();
    }

    @Test
    void missing_or_blank_code_is_invalid_config() {
        assertThat(validate(null))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("code", ViolationCode.INVALID_CONFIG));
        assertThat(validate("  \n ")).extracting(Violation::code).containsExactly(ViolationCode.INVALID_CONFIG);
    }

    @Test
    void a_syntax_error_is_reported_at_validation_with_its_line() {
        List<Violation> violations = validate("const a = 1;\nreturn a +;");

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("code");
            assertThat(v.code()).isEqualTo(ViolationCode.SCRIPT_SYNTAX);
            assertThat(v.message()).contains("Expected an operand").contains("line 2");
            assertThat(v.isError()).isTrue();
        });
    }

    @Test
    void a_syntax_error_after_a_placeholder_points_at_the_users_column() {
        assertThat(validate("const a = 1;\nreturn {{params.result.age}} + ;", "params"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).endsWith("(line 2, column 32)"));
        assertThat(validate("return '{{params.result.name}}' + ;", "params"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).endsWith("(line 1, column 35)"));
    }

    @Test
    void a_syntax_error_before_a_placeholder_keeps_its_column() {
        assertThat(validate("return + * {{params.result.age}};", "params"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).endsWith("(line 1, column 10)"));
    }

    @Test
    void a_broken_placeholder_is_a_bad_template() {
        assertThat(validate("return {{ request.body. }};"))
                .extracting(Violation::code)
                .containsExactly(ViolationCode.BAD_TEMPLATE);
        assertThat(validate("return {{request.body.x;"))
                .extracting(Violation::code)
                .containsExactly(ViolationCode.BAD_TEMPLATE);
    }

    @Test
    void a_placeholder_naming_an_unknown_node_is_an_unknown_reference() {
        assertThat(validate("return {{ghost.result.x}};", "params"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_REFERENCE);
                    assertThat(v.message()).contains("ghost");
                });
    }
}
