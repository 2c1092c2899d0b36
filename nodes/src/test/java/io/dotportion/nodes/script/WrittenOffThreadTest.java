package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.testing.Poll;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run that swallows its cancellation is written off, its worker thread drops to the lowest scheduling
 * class while it burns, other scripts keep answering, and the thread never serves again once it ends.
 */
@Timeout(300)
class WrittenOffThreadTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    /** The kernel's name of a worker thread: the Java name cut at 15 characters. */
    private static final String WORKER = "js-sandbox-work";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the stack-overflow catcher, made to end on its own after 5 s so that the test JVM does not burn
                "const end = Date.now() + 5000; function f(n) { try { return f(n + 1) + 1; }"
                        + " catch (e) { return Date.now() < end ? f(n + 1) : 0; } } return f(0);",
                "const end = Date.now() + 5000; function f(n) { try { return f(n + 1) + 1; }"
                        + " catch (e) { try { return Date.now() < end ? f(n + 1) : 0; }"
                        + " catch (again) { return f(n + 1); } } } return f(0);"
            })
    void a_written_off_thread_runs_at_the_lowest_priority_and_retires(String catcher) {
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults()
                .withPoolSize(1)
                .withStatementLimit(Long.MAX_VALUE)
                .withCancelGrace(Duration.ofMillis(200)))) {
            PreparedScript stuck = sandbox.prepare(catcher, List.of());
            PreparedScript quick = sandbox.prepare("return input + 1;", List.of("input"));

            // where the cancellation lands decides whether the catcher swallows it; on a busy machine it can
            // land where it still stops the run: try a few times for a run that is written off
            for (int attempt = 0; attempt < 5 && sandbox.usage().stuck() == 0; attempt++) {
                assertThatThrownBy(() -> sandbox.run("burner", stuck, List.of(), Duration.ofMillis(300), GENEROUS))
                        .isInstanceOfSatisfying(
                                ScriptException.class,
                                e -> assertThat(e.kind()).isEqualTo(ScriptException.Kind.TIME_LIMIT));
            }
            assertThat(sandbox.usage().stuck()).isEqualTo(1);

            Assumptions.assumingThat(demotable(), () -> {
                Poll.until(
                        WAIT,
                        () -> lowestWorkers().size() == 1 || sandbox.usage().stuck() == 0,
                        "one worker at the lowest priority, or no stuck run");
                assertThat(sandbox.usage().stuck())
                        .as("the catcher ended before it was demoted")
                        .isEqualTo(1);
                assertThat(lowestWorkers()).hasSize(1);
            });
            // the only worker is stuck and demoted: its replacement, at normal priority, answers
            assertThat(sandbox.run("other", quick, List.of(41), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(42);
            assertThat(sandbox.run("burner", quick, List.of(1), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(2);

            Poll.until(WAIT, () -> sandbox.usage().stuck(), n -> n == 0, "no stuck run");
            Assumptions.assumingThat(NativeScheduling.available(), () -> {
                // the demoted thread ended with its run: no worker left at the lowest priority
                Poll.until(
                        WAIT,
                        WrittenOffThreadTest::lowestWorkers,
                        Map::isEmpty,
                        "no worker left at the lowest priority");
                assertThat(NativeScheduling.threadsNamed(WORKER)).isNotEmpty();
            });
            assertThat(sandbox.run("other", quick, List.of(1), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(2);
            assertThat(sandbox.usage().ready()).isTrue();
        }
    }

    /** On Linux with chrt or renice; elsewhere the write-off is only logged and the priority assertions skipped. */
    private static boolean demotable() {
        return NativeScheduling.available() && (NativeScheduling.onPath("chrt") || NativeScheduling.onPath("renice"));
    }

    private static Map<Long, NativeScheduling.Sched> lowestWorkers() {
        Map<Long, NativeScheduling.Sched> workers = NativeScheduling.threadsNamed(WORKER);
        workers.values().removeIf(sched -> !sched.lowest());
        return workers;
    }
}
