package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatementLimitTest {
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withStatementLimit(10_000));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Object run(String body) {
        return sandbox.run(sandbox.prepare(body, List.of()), List.of(), LIMIT, LIMIT);
    }

    @Test
    void a_long_loop_trips_the_statement_limit() {
        assertThatThrownBy(() -> run("let n = 0; for (let i = 0; i < 1000000; i++) { n += i; } return n;"))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.STATEMENT_LIMIT);
                    assertThat(e.getMessage()).isEqualTo("script exceeded its limit of 10000 statements");
                });
    }

    @Test
    void the_limit_counts_each_run_afresh() {
        String body = "let n = 0; for (let i = 0; i < 1000; i++) { n += i; } return n;";

        for (int run = 0; run < 30; run++) {
            assertThat(run(body)).isEqualTo(499_500);
        }
    }

    @Test
    void the_sandbox_serves_again_after_the_limit_tripped() {
        assertThatThrownBy(() -> run("while (true) {}")).isInstanceOf(ScriptException.class);

        assertThat(run("return 'fresh context';")).isEqualTo("fresh context");
    }
}
