package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScriptSyntaxTest {
    private static final List<String> PARAMETERS = List.of("input", "request");
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ScriptSyntaxException syntaxError(Runnable prepare) {
        try {
            prepare.run();
        } catch (ScriptSyntaxException e) {
            return e;
        }
        throw new AssertionError("expected a syntax error");
    }

    @Test
    void a_syntax_error_names_the_parser_message_and_its_line() {
        ScriptSyntaxException e =
                syntaxError(() -> sandbox.prepare("const a = 1;\nconst b = 2;\nreturn a +;", PARAMETERS));

        assertThat(e.getMessage()).isEqualTo("Expected an operand but found ;");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(11);
        assertThat(e.describe()).isEqualTo("Expected an operand but found ; (line 3, column 11)");
    }

    @Test
    void a_column_on_the_first_line_counts_from_the_users_code() {
        ScriptSyntaxException e = syntaxError(() -> sandbox.prepare("return )", PARAMETERS));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(8);
    }

    @Test
    void an_unclosed_block_is_reported_on_the_last_line_of_the_code() {
        ScriptSyntaxException e = syntaxError(() -> sandbox.prepare("if (input) {\n  return 1;", PARAMETERS));

        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void an_expression_error_is_positioned_in_the_expression() {
        ScriptSyntaxException e = syntaxError(() -> sandbox.prepareCondition("input.age >= ", PARAMETERS));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("Expected an operand");
    }

    @ParameterizedTest
    @ValueSource(strings = {"}); (function () {", "})\n(function () {", "return 1; }); globalThis.x = (function () {"})
    void code_that_closes_its_function_early_is_refused(String body) {
        assertThat(syntaxError(() -> sandbox.prepare(body, PARAMETERS)).getMessage())
                .contains("not one function body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1); input = 2; (3", "1]; [2", "true) || (false", "1\n); (2"})
    void an_expression_that_closes_its_bracket_early_is_refused(String expression) {
        assertThatThrownBy(() -> sandbox.prepareCondition(expression, PARAMETERS))
                .isInstanceOf(ScriptSyntaxException.class);
        assertThatThrownBy(() -> sandbox.prepareExpression(expression, PARAMETERS))
                .isInstanceOf(ScriptSyntaxException.class);
    }

    @Test
    void an_expression_may_end_in_a_line_comment() {
        PreparedScript script = sandbox.prepareCondition("input > 1 // adults only", PARAMETERS);

        assertThat(sandbox.run(script, List.of(2, Undefined.VALUE), Duration.ofSeconds(5), Duration.ofSeconds(5)))
                .isEqualTo(true);
    }

    @Test
    void a_body_may_end_in_a_line_comment() {
        PreparedScript script = sandbox.prepare("return input; // done", PARAMETERS);

        assertThat(sandbox.run(script, List.of(7, Undefined.VALUE), Duration.ofSeconds(5), Duration.ofSeconds(5)))
                .isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "} + function () {",
                "}, function () { return 1;",
                "}); while (true) {} (function () {",
                "return 1 }; (function () { while (true) {}",
                "/* */ } /* */",
                "`${1}` }, function () { return `",
                "} // ",
                "'use strict' }, (() => { while (true) {} })(), function () {",
                "}\n, function () {",
                "return [1 }]; [function () {",
                "}; { (function () {",
                "-->\n}, function () {"
            })
    void code_that_closes_the_wrapper_in_any_way_is_refused_before_it_runs(String body) {
        assertThat(syntaxError(() -> sandbox.prepare(body, PARAMETERS)).getMessage())
                .containsAnyOf("not one function body", "Expected", "Unterminated", "Invalid", "Unexpected");
    }

    @Test
    void a_closing_bracket_is_refused_with_its_position() {
        ScriptSyntaxException e = syntaxError(() -> sandbox.prepare("return 1;\n}, function () {", PARAMETERS));

        assertThat(e.getMessage()).contains("not one function body");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(1);
    }

    @Test
    void prepare_refuses_parameter_names_that_are_not_identifiers() {
        assertThatThrownBy(() -> sandbox.prepare("return 1;", List.of("a) { evil(); } (function (b")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
