package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Scripts prepared lately are found again by their text, within their bounds; syntax errors are not kept. */
@Timeout(120)
class PreparedScriptsTest {
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    private final AtomicInteger made = new AtomicInteger();

    private Supplier<PreparedScript> counting() {
        return () -> {
            made.incrementAndGet();
            return new PreparedScript(null, List.of(), new boolean[0]);
        };
    }

    @Test
    void the_same_text_form_and_parameters_give_the_same_script_without_preparing_it_again() {
        PreparedScripts scripts = new PreparedScripts(10, 1_000);
        PreparedScript first = scripts.get(PreparedScripts.Form.BODY, "return 1;", List.of("input"), counting());
        PreparedScript again = scripts.get(PreparedScripts.Form.BODY, "return 1;", List.of("input"), counting());

        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
    }

    @Test
    void another_form_other_parameters_or_other_text_is_another_script() {
        PreparedScripts scripts = new PreparedScripts(10, 1_000);
        PreparedScript body = scripts.get(PreparedScripts.Form.BODY, "x", List.of("input"), counting());

        assertThat(scripts.get(PreparedScripts.Form.CONDITION, "x", List.of("input"), counting()))
                .isNotSameAs(body);
        assertThat(scripts.get(PreparedScripts.Form.EXPRESSION, "x", List.of("input"), counting()))
                .isNotSameAs(body);
        assertThat(scripts.get(PreparedScripts.Form.BODY, "x", List.of("input", "__tpl0"), counting()))
                .isNotSameAs(body);
        assertThat(scripts.get(PreparedScripts.Form.BODY, "x ", List.of("input"), counting()))
                .isNotSameAs(body);
        assertThat(made).hasValue(5);
    }

    @Test
    void past_the_entry_bound_the_least_recently_used_script_is_prepared_again() {
        PreparedScripts scripts = new PreparedScripts(2, 1_000);
        scripts.get(PreparedScripts.Form.BODY, "a", List.of(), counting());
        scripts.get(PreparedScripts.Form.BODY, "b", List.of(), counting());
        scripts.get(PreparedScripts.Form.BODY, "a", List.of(), counting()); // a is now the most recent
        scripts.get(PreparedScripts.Form.BODY, "c", List.of(), counting()); // b goes

        assertThat(scripts.size()).isEqualTo(2);
        assertThat(made).hasValue(3);
        scripts.get(PreparedScripts.Form.BODY, "a", List.of(), counting());
        assertThat(made).hasValue(3);
        scripts.get(PreparedScripts.Form.BODY, "b", List.of(), counting());
        assertThat(made).hasValue(4);
    }

    @Test
    void past_the_character_bound_old_scripts_go_and_a_text_longer_than_it_is_never_kept() {
        PreparedScripts scripts = new PreparedScripts(100, 10);
        scripts.get(PreparedScripts.Form.BODY, "aaaa", List.of("x"), counting()); // 5 characters
        scripts.get(PreparedScripts.Form.BODY, "bbbb", List.of("x"), counting()); // 10 in all
        scripts.get(PreparedScripts.Form.BODY, "cccc", List.of("x"), counting()); // the first goes

        assertThat(scripts.size()).isEqualTo(2);
        scripts.get(PreparedScripts.Form.BODY, "a".repeat(11), List.of(), counting());
        scripts.get(PreparedScripts.Form.BODY, "a".repeat(11), List.of(), counting());
        assertThat(made).hasValue(5);
        assertThat(scripts.size()).isEqualTo(2);
    }

    @Test
    void a_failed_preparation_is_not_remembered() {
        PreparedScripts scripts = new PreparedScripts(10, 1_000);
        Supplier<PreparedScript> failing = () -> {
            made.incrementAndGet();
            throw new ScriptSyntaxException("Expected ; but found x", 1, 3);
        };
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> scripts.get(PreparedScripts.Form.BODY, "return x y;", List.of(), failing))
                    .isInstanceOf(ScriptSyntaxException.class);
        }
        assertThat(made).hasValue(2);
        assertThat(scripts.size()).isZero();
    }

    @Test
    void the_sandbox_gives_the_script_prepared_for_the_same_body_again_and_it_runs() throws Exception {
        try (JsSandbox sandbox =
                new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withPrewarm(true))) {
            PreparedScript first = sandbox.prepare("return input + 1;", List.of("input"));
            PreparedScript again = sandbox.prepare("return input + 1;", List.of("input"));
            PreparedScript condition = sandbox.prepareCondition("input > 1", List.of("input"));

            assertThat(again).isSameAs(first);
            assertThat(sandbox.prepareCondition("input > 1", List.of("input"))).isSameAs(condition);
            assertThat(sandbox.prepareExpression("input > 1", List.of("input"))).isNotSameAs(condition);
            assertThat(sandbox.awaitWarmup(Duration.ofSeconds(60))).isTrue();
            assertThat(sandbox.idleContextsWith(again)).isEqualTo(1);
            assertThat(sandbox.run(again, List.of(41), GENEROUS, GENEROUS)).isEqualTo(42);
            assertThat(sandbox.run(condition, List.of(2), GENEROUS, GENEROUS)).isEqualTo(true);
            assertThatThrownBy(() -> sandbox.prepare("return input +;", List.of("input")))
                    .isInstanceOf(ScriptSyntaxException.class);
            assertThatThrownBy(() -> sandbox.prepare("return input +;", List.of("input")))
                    .isInstanceOf(ScriptSyntaxException.class);
        }
    }
}
