package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.testing.Poll;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SandboxPoolTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @Test
    void a_run_waits_for_a_busy_context_and_then_runs() throws Exception {
        try (JsSandbox sandbox =
                        new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withStatementLimit(Long.MAX_VALUE));
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            PreparedScript loop = sandbox.prepare("while (true) {}", List.of());
            PreparedScript quick = sandbox.prepare("return 1;", List.of());

            Future<Object> looping =
                    threads.submit(() -> sandbox.run(loop, List.of(), Duration.ofSeconds(1), GENEROUS));
            Poll.until(WAIT, sandbox::contextsInUse, n -> n == 1, "one context in use");
            Future<Object> waiting =
                    threads.submit(() -> sandbox.run(quick, List.of(), Duration.ofMillis(300), GENEROUS));

            assertThatThrownBy(looping::get).hasCauseInstanceOf(ScriptException.class);
            assertThat(waiting.get()).isEqualTo(1);
        }
    }

    @Test
    void a_run_whose_execution_deadline_passes_while_it_waits_fails_with_deadline() throws Exception {
        try (JsSandbox sandbox =
                        new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withStatementLimit(Long.MAX_VALUE));
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            PreparedScript loop = sandbox.prepare("while (true) {}", List.of());
            PreparedScript quick = sandbox.prepare("return 1;", List.of());

            Future<Object> looping =
                    threads.submit(() -> sandbox.run(loop, List.of(), Duration.ofSeconds(2), GENEROUS));
            Poll.until(WAIT, sandbox::contextsInUse, n -> n == 1, "one context in use");
            Future<Object> waiting =
                    threads.submit(() -> sandbox.run(quick, List.of(), GENEROUS, Duration.ofMillis(300)));

            assertThatThrownBy(waiting::get).cause().isInstanceOfSatisfying(ScriptException.class, e -> {
                assertThat(e.kind()).isEqualTo(ScriptException.Kind.DEADLINE);
                assertThat(e.getMessage())
                        .isEqualTo("the execution's time limit passed while the script waited to run");
            });
            assertThatThrownBy(looping::get).hasCauseInstanceOf(ScriptException.class);
            assertThat(sandbox.run(quick, List.of(), GENEROUS, GENEROUS)).isEqualTo(1);
        }
    }

    @Test
    void a_closed_sandbox_refuses_to_prepare_and_to_run() {
        JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1));
        PreparedScript script = sandbox.prepare("return 1;", List.of());
        sandbox.close();

        assertThatThrownBy(() -> sandbox.run(script, List.of(), GENEROUS, GENEROUS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sandbox.prepare("return 2;", List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settings_refuse_limits_that_make_no_sense() {
        assertThatThrownBy(() -> SandboxSettings.defaults().withPoolSize(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxSettings.defaults().withStatementLimit(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxSettings.defaults().withMaxResultChars(1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settings_follow_the_platform_limits() {
        SandboxSettings settings = SandboxSettings.of(io.dotportion.core.limit.Limits.defaults());

        assertThat(settings.statementLimit()).isEqualTo(10_000_000);
        assertThat(settings.poolSize()).isGreaterThanOrEqualTo(4);
    }
}
