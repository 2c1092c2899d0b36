package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsSandboxTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(2));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Object run(String body, Object... arguments) {
        List<String> names = List.of("a", "b", "c").subList(0, arguments.length);
        return sandbox.run(sandbox.prepare(body, names), Arrays.asList(arguments), LIMIT, LIMIT);
    }

    @Test
    void script_returns_a_plain_value_tree() {
        Object result = run("return {sum: a + 1, half: a / 2, list: [true, null, 'x'], nested: {ok: a > 1}};", 41);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("sum", 42);
        expected.put("half", 20.5);
        expected.put("list", Arrays.asList(true, null, "x"));
        expected.put("nested", Map.of("ok", true));
        assertThat(result).isEqualTo(expected);
    }

    @Test
    void integral_numbers_come_back_as_integers_and_others_as_doubles() {
        assertThat(run("return [1, 2 ** 40, 0.5, 3.0, -7];")).isEqualTo(List.of(1, 1099511627776L, 0.5, 3, -7));
    }

    @Test
    void dates_come_back_as_iso_strings() {
        assertThat(run("return new Date(Date.UTC(2024, 0, 2, 3, 4, 5));")).isEqualTo("2024-01-02T03:04:05.000Z");
    }

    @Test
    void undefined_result_is_the_no_value_marker_and_null_stays_null() {
        assertThat(run("const x = 1;")).isEqualTo(Undefined.VALUE);
        assertThat(run("return undefined;")).isEqualTo(Undefined.VALUE);
        assertThat(run("return null;")).isNull();
    }

    @Test
    void undefined_argument_reaches_the_script_as_undefined_and_null_as_null() {
        assertThat(run("return [typeof a, b === null];", Undefined.VALUE, null)).isEqualTo(List.of("undefined", true));
    }

    @Test
    void arguments_arrive_as_objects_the_script_can_read() {
        Map<String, Object> input = Map.of("user", Map.of("name", "Ada", "tags", List.of("x", "y")));

        assertThat(run("return a.user.name + ':' + a.user.tags.length;", input)).isEqualTo("Ada:2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "'); java.lang.System.exit(1); ('",
                "}}{{",
                "1; while(true){}",
                "\"; throw 1; \"",
                "`${process.exit()}`",
                "</script>",
                "\\u0027); quit(); //"
            })
    void an_argument_is_only_ever_a_string_to_the_script(String hostile) {
        assertThat(run("return [typeof a, a, a.length];", hostile))
                .isEqualTo(List.of("string", hostile, hostile.length()));
    }

    @Test
    void functions_are_dropped_from_objects_and_a_returned_function_is_an_error() {
        assertThat(run("return {keep: 1, drop: () => 1};")).isEqualTo(Map.of("keep", 1));
        assertThatThrownBy(() -> run("return () => 1;"))
                .isInstanceOfSatisfying(
                        ScriptException.class, e -> assertThat(e.getMessage()).contains("returned a function"));
    }

    @Test
    void a_returned_promise_is_an_error() {
        assertThatThrownBy(() -> run("return Promise.resolve(1);"))
                .isInstanceOfSatisfying(
                        ScriptException.class, e -> assertThat(e.getMessage()).contains("Promise"));
    }

    @Test
    void a_thrown_error_becomes_its_javascript_message_and_line_without_host_frames() {
        assertThatThrownBy(() -> run("const x = 1;\n\nreturn a.b.c;", Map.of()))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.SCRIPT_ERROR);
                    assertThat(e.getMessage())
                            .isEqualTo("script error: TypeError: Cannot read property 'c' of undefined (line 3)");
                    assertThat(e.getStackTrace()).isEmpty();
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void a_thrown_string_becomes_the_message() {
        assertThatThrownBy(() -> run("throw 'not allowed';")).hasMessage("script error: not allowed (line 1)");
    }

    @Test
    void a_long_error_message_is_cut() {
        assertThatThrownBy(() -> run("throw new Error('x'.repeat(100000));"))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400));
    }

    @Test
    void a_prepared_script_runs_many_times_with_different_data() {
        PreparedScript script = sandbox.prepare("return a * 2;", List.of("a"));

        for (int i = 0; i < 50; i++) {
            assertThat(sandbox.run(script, List.of(i), LIMIT, LIMIT)).isEqualTo(i * 2);
        }
    }

    @Test
    void a_parameter_the_code_never_names_is_reported_unused() {
        PreparedScript script = sandbox.prepare("return input.x + requests;", List.of("input", "request", "steps"));

        assertThat(script.uses(0)).isTrue();
        assertThat(script.uses(1)).isFalse();
        assertThat(script.uses(2)).isFalse();
        assertThat(sandbox.prepare("return arguments[2];", List.of("input", "request", "steps"))
                        .uses(2))
                .isTrue();
    }

    @Test
    void a_wrong_number_of_arguments_is_refused() {
        PreparedScript script = sandbox.prepare("return a;", List.of("a"));

        assertThatThrownBy(() -> sandbox.run(script, List.of(), LIMIT, LIMIT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modern_javascript_works_in_the_hardened_context() {
        String body = """
                class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
                const o = {}; o.toString = () => 'custom';
                const {x, ...rest} = {x: 1, y: 2, z: 3};
                const grouped = Object.groupBy([1, 2, 3, 4], n => n % 2 ? 'odd' : 'even');
                return [new Named('m').name, String(o), rest, a?.missing ?? 'dflt', [3, 1, 2].toSorted(),
                        grouped.odd, new Map([[1, 'a']]).get(1), 'a-b'.replaceAll('-', '+'), 10n.toString(),
                        new Intl.NumberFormat('en-US').format(1234.5), /(\\d+)/.exec('ab12')[1]];
                """;
        assertThat(run(body, Map.of()))
                .isEqualTo(List.of(
                        "Named",
                        "custom",
                        Map.of("y", 2, "z", 3),
                        "dflt",
                        List.of(1, 2, 3),
                        List.of(1, 3),
                        "a",
                        "a+b",
                        "10",
                        "1,234.5",
                        "12"));
    }
}
