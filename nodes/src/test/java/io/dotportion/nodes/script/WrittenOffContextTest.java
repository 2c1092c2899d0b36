package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.dotportion.core.testing.Poll;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After a run is written off (cancelled, and it did not stop), its context stays held by the sandbox until the
 * run ends, so the garbage collector never hands it to Graal's process-wide queue of contexts to close (where
 * any later close could wait on it as long as it runs); broken contexts are closed off the worker, and the
 * sandbox shuts down in a bounded time while the run still goes on. Runs in the JVM of WrittenOffThreadTest's
 * execution (nodes/pom.xml): a written-off run keeps burning after its test.
 */
@Timeout(300)
class WrittenOffContextTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    /** One multiplication of two 24 Mi-bit numbers: seconds inside one built-in, which no cancellation interrupts. */
    private static final String LONG_MULTIPLY = "const x = (1n << 25000000n) - 1n; return String((x * (x + 1n)) > 0n);";
    /** Longer still (about four times as long), for a run that must outlast the rest of its test. */
    private static final String LONGER_MULTIPLY =
            "const x = (1n << 50000000n) - 1n; return String((x * (x + 1n)) > 0n);";

    private static JsSandbox sandbox() {
        return new JsSandbox(SandboxSettings.defaults()
                .withPoolSize(1)
                .withStatementLimit(100_000)
                .withCancelGrace(Duration.ofMillis(200)));
    }

    /**
     * Runs the endless script until it is written off. A multiplication this large allocates its numbers' worth
     * in huge arrays many times over, which the old generation takes directly: on a loaded machine (the test JVM
     * has a 1 GiB heap) the watchdog can stop it for the heap before its 300 ms pass. Either way the run is
     * cancelled, does not stop, and is written off, which is what these tests are about.
     */
    private static void writeOff(JsSandbox sandbox, PreparedScript endless) {
        assertThatThrownBy(() -> sandbox.run("stuck", endless, List.of(), Duration.ofMillis(300), GENEROUS))
                .isInstanceOfSatisfying(
                        ScriptException.class,
                        e -> assertThat(e.kind())
                                .isIn(ScriptException.Kind.TIME_LIMIT, ScriptException.Kind.RESOURCES));
        assertThat(sandbox.usage().stuck()).isEqualTo(1);
    }

    @Test
    void a_written_off_context_is_held_until_its_run_ends_and_the_worker_keeps_serving_meanwhile() {
        try (JsSandbox sandbox = sandbox()) {
            PreparedScript endless = sandbox.prepare(LONG_MULTIPLY, List.of());
            PreparedScript quick = sandbox.prepare("return input + 1;", List.of("input"));
            PreparedScript loop = sandbox.prepare("while (true) {}", List.of());

            writeOff(sandbox, endless);
            assertThat(sandbox.contextsWrittenOff()).isEqualTo(1);
            for (int i = 0; i < 3; i++) {
                System.gc(); // an unreachable written-off context would be queued for Graal's close now
                // each run over the statement limit breaks its context: closed (off the worker) and replaced
                assertThatThrownBy(() -> sandbox.run("other", loop, List.of(), Duration.ofSeconds(5), GENEROUS))
                        .isInstanceOfSatisfying(
                                ScriptException.class,
                                e -> assertThat(e.kind()).isEqualTo(ScriptException.Kind.STATEMENT_LIMIT));
                assertThat(sandbox.run("other", quick, List.of(i), Duration.ofSeconds(5), GENEROUS))
                        .isEqualTo(i + 1);
            }

            Poll.until(WAIT, () -> sandbox.usage().stuck(), n -> n == 0, "the written-off run to end");
            Poll.until(WAIT, sandbox::contextsWrittenOff, n -> n == 0, "its context to be let go");
            assertThat(sandbox.run("stuck", quick, List.of(1), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(2);
        }
    }

    @Test
    void the_sandbox_shuts_down_in_bounded_time_while_a_written_off_run_goes_on() {
        JsSandbox sandbox = sandbox();
        PreparedScript endless = sandbox.prepare(LONGER_MULTIPLY, List.of());
        PreparedScript quick = sandbox.prepare("return 1;", List.of());
        writeOff(sandbox, endless);
        assertThat(sandbox.run("other", quick, List.of(), Duration.ofSeconds(5), GENEROUS))
                .isEqualTo(1);
        System.gc();

        // a bound for a hang, not a measure: the close waits at most its two 5 s limits
        assertTimeoutPreemptively(WAIT, sandbox::close);
        assertThatThrownBy(() -> sandbox.run("other", quick, List.of(), Duration.ofSeconds(5), GENEROUS))
                .isInstanceOf(IllegalStateException.class);
        JsSandbox next = sandbox(); // another sandbox in the same process still makes, runs and closes contexts
        try {
            PreparedScript again = next.prepare("return 2;", List.of());
            assertTimeoutPreemptively(
                    WAIT,
                    () -> assertThat(next.run("x", again, List.of(), GENEROUS, GENEROUS))
                            .isEqualTo(2));
        } finally {
            assertTimeoutPreemptively(WAIT, next::close);
        }
    }
}
