package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Time and result-size limits; the sandbox keeps serving after each. */
@Timeout(120)
class SandboxLimitsTest {
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        // no practical statement limit here, so that an endless loop meets the time limit first
        sandbox = new JsSandbox(SandboxSettings.defaults()
                .withPoolSize(4)
                .withStatementLimit(Long.MAX_VALUE)
                .withMaxResultChars(1024 * 1024));
        assertThat(run("return 1;", GENEROUS, GENEROUS)).isEqualTo(1);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Object run(String body, Duration limit, Duration remaining) {
        return sandbox.run(sandbox.prepare(body, List.of("input")), List.of(2), limit, remaining);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void an_endless_loop_ends_at_its_time_limit_and_the_sandbox_keeps_serving() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> run("while (true) {}", ONE_SECOND, GENEROUS))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.TIME_LIMIT);
                    assertThat(e.getMessage()).isEqualTo("script exceeded its 1000 ms time limit");
                });
        assertThat(millisSince(start)).isLessThan(5_000);
        assertThat(run("return input * 21;", GENEROUS, GENEROUS)).isEqualTo(42);
    }

    @Test
    void the_execution_deadline_cuts_a_script_before_its_own_limit() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> run("for (;;) {}", GENEROUS, Duration.ofMillis(300)))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.DEADLINE);
                    assertThat(e.getMessage()).contains("execution's time limit");
                });
        assertThat(millisSince(start)).isLessThan(5_000);
    }

    @Test
    void scripts_running_beside_an_endless_loop_all_finish() throws Exception {
        PreparedScript normal = sandbox.prepare(
                "let s = 0; for (let i = 0; i < 1000; i++) { s += i; } return s + input;", List.of("input"));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> looping = threads.submit(() -> run("while (true) {}", ONE_SECOND, GENEROUS));
            List<Future<Object>> others = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                others.add(threads.submit(() -> sandbox.run(normal, List.of(n), GENEROUS, GENEROUS)));
            }
            for (int i = 0; i < others.size(); i++) {
                assertThat(others.get(i).get()).isEqualTo(499_500 + i);
            }
            assertThatThrownBy(looping::get)
                    .hasCauseInstanceOf(ScriptException.class)
                    .hasMessageContaining("time limit");
        }
    }

    @Test
    void several_endless_loops_at_once_all_end_with_errors() throws Exception {
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> loops = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                loops.add(threads.submit(() -> run("for (let i = 0; ; i++) {}", ONE_SECOND, GENEROUS)));
            }
            for (Future<Object> loop : loops) {
                assertThatThrownBy(loop::get).hasCauseInstanceOf(ScriptException.class);
            }
        }
        assertThat(millisSince(start)).isLessThan(15_000);
        assertThat(run("return 'still serving';", GENEROUS, GENEROUS)).isEqualTo("still serving");
    }

    @Test
    void a_huge_string_result_is_refused() {
        assertThatThrownBy(() -> run("return 'x'.repeat(10 * 1024 * 1024);", GENEROUS, GENEROUS))
                .isInstanceOfSatisfying(ScriptException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ScriptException.Kind.RESULT_TOO_LARGE);
                    assertThat(e.getMessage()).contains("too large");
                });
        assertThat(run("return 'small';", GENEROUS, GENEROUS)).isEqualTo("small");
    }

    @Test
    void a_huge_object_result_is_refused() {
        assertThatThrownBy(() -> run(
                        "return Array.from({length: 20000}, (_, i) => ({i, s: 'x'.repeat(60)}));", GENEROUS, GENEROUS))
                .isInstanceOfSatisfying(
                        ScriptException.class,
                        e -> assertThat(e.kind()).isEqualTo(ScriptException.Kind.RESULT_TOO_LARGE));
    }

    @Test
    void a_too_deeply_nested_result_is_refused() {
        String body =
                "let root = {}; let at = root; for (let i = 0; i < 100; i++) { at.next = {}; at = at.next; } return root;";

        assertThatThrownBy(() -> run(body, GENEROUS, GENEROUS)).isInstanceOfSatisfying(ScriptException.class, e -> {
            assertThat(e.kind()).isEqualTo(ScriptException.Kind.RESULT_TOO_LARGE);
            assertThat(e.getMessage()).contains("nested");
        });
    }

    @Test
    void endless_recursion_fails_as_a_script_error() {
        assertThatThrownBy(() -> run("const f = n => f(n + 1) + 1; return f(0);", GENEROUS, GENEROUS))
                .isInstanceOf(ScriptException.class);
        assertThat(run("return 'after recursion';", GENEROUS, GENEROUS)).isEqualTo("after recursion");
    }
}
