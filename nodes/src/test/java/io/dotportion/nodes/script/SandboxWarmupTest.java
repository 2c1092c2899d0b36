package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.testing.Poll;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SandboxWarmupTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    @Test
    void a_prewarmed_sandbox_creates_its_contexts_before_any_run() {
        try (JsSandbox sandbox =
                new JsSandbox(SandboxSettings.defaults().withPoolSize(2).withPrewarm(true))) {
            sandbox.startPrewarm();
            Poll.until(WAIT, sandbox::contextsAlive, n -> n == 2, "two contexts alive");

            assertThat(sandbox.run(sandbox.prepare("return 1;", List.of()), List.of(), GENEROUS, GENEROUS))
                    .isEqualTo(1);
            assertThat(sandbox.contextsAlive()).isEqualTo(2);
        }
    }

    @Test
    void a_prewarmed_sandbox_creates_no_context_until_its_prewarm_starts() throws Exception {
        try (JsSandbox sandbox =
                new JsSandbox(SandboxSettings.defaults().withPoolSize(2).withPrewarm(true))) {
            assertThat(sandbox.awaitWarmup(Duration.ofSeconds(60))).isTrue();
            assertThat(sandbox.contextsAlive()).isZero();

            sandbox.startPrewarm();
            assertThat(sandbox.awaitWarmup(Duration.ofSeconds(60))).isTrue();
            assertThat(sandbox.contextsAlive()).isEqualTo(2);
        }
    }

    @Test
    void a_prepared_script_is_evaluated_into_every_idle_context_ahead_of_its_first_run() throws Exception {
        try (JsSandbox sandbox =
                new JsSandbox(SandboxSettings.defaults().withPoolSize(2).withPrewarm(true))) {
            PreparedScript script = sandbox.prepare("return input + 1;", List.of("input"));

            assertThat(sandbox.awaitWarmup(Duration.ofSeconds(60))).isTrue();
            assertThat(sandbox.idleContextsWith(script)).isEqualTo(2);
            assertThat(sandbox.run(script, List.of(41), GENEROUS, GENEROUS)).isEqualTo(42);
            assertThat(sandbox.contextsAlive()).isEqualTo(2);
        }
    }

    @Test
    void without_prewarm_no_context_exists_before_the_first_run() {
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(2))) {
            PreparedScript script = sandbox.prepare("return 1;", List.of());

            assertThat(sandbox.contextsAlive()).isZero();
            assertThat(sandbox.run(script, List.of(), GENEROUS, GENEROUS)).isEqualTo(1);
            assertThat(sandbox.contextsAlive()).isEqualTo(1);
        }
    }

    @Test
    void after_many_quick_runs_an_endless_loop_is_still_stopped_at_its_limit() {
        try (JsSandbox sandbox =
                new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withStatementLimit(Long.MAX_VALUE))) {
            PreparedScript quick = sandbox.prepare("return 1;", List.of());
            PreparedScript loop = sandbox.prepare("while (true) {}", List.of());
            for (int i = 0; i < 200; i++) {
                assertThat(sandbox.run(quick, List.of(), GENEROUS, GENEROUS)).isEqualTo(1);
            }
            long start = System.nanoTime();

            assertThatThrownBy(() -> sandbox.run(loop, List.of(), Duration.ofMillis(300), GENEROUS))
                    .isInstanceOf(ScriptException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(sandbox.run(quick, List.of(), GENEROUS, GENEROUS)).isEqualTo(1);
        }
    }
}
